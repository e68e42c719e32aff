/// `review --format text` (the default): one block per finding, like ruff, then a summary line.
///
/// ```
/// app/api.py:12: CRITICAL [rls-missing-context] Missing RLS context
///   The endpoint queries tenant data before set_rls_context() runs.
/// Found 1 problem: 1 critical, 0 high, 0 medium, 0 low.
/// ```
public enum TextReport {
    /// The report as terminal text; ANSI colours only when `colour` is true.
    public static func render(_ report: ReviewReport, language: Language, colour: Bool = false) -> String {
        let style = Style(enabled: colour)
        var lines: [String] = []
        for finding in report.findings {
            let severity = OutputLabels.severity(finding.severity, language).uppercased()
            var head = style.bold(clean(OutputLabels.location(finding))) + ": "
                + style.severity(severity, finding.severity)
                + " [\(clean(finding.ruleID))] " + clean(finding.title[language])
            if finding.origin == .model { head += style.dim(" (" + OutputLabels.modelFinding(language) + ")") }
            lines.append(head)
            let message = clean(MarkdownText.singleLine(finding.message[language]))
            if !message.isEmpty { lines.append("  " + message) }
        }
        lines.append(summaryLine(report.summary, language: language))
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Found 3 problems: 1 critical, 2 high, 0 medium, 0 low." or its Spanish twin.
    static func summaryLine(_ summary: ReviewSummary, language: Language) -> String {
        let counts = summary.severityCounts
        guard summary.total > 0 else {
            return language == .es ? "No encontré problemas." : "No problems found."
        }
        let parts = Severity.allCases.map { severity -> String in
            let count = counts[severity]
            let label = OutputLabels.severity(severity, language).lowercased()
            // Spanish adjectives agree with "problemas": "2 altos"; English ones do not inflect.
            let plural = language == .es && count != 1 ? label + "s" : label
            return "\(count) \(plural)"
        }
        let verb = language == .es ? "Encontré" : "Found"
        return "\(verb) \(OutputLabels.problems(summary.total, language)): \(parts.joined(separator: ", "))."
    }

    /// User text without control characters, so a crafted path or message cannot drive the terminal.
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let value = scalar.value
            let control = value < 0x20 || (0x7F...0x9F).contains(value)
            return control ? "\u{FFFD}" : scalar
        }))
    }

    /// ANSI styling that collapses to plain text when disabled.
    struct Style {
        var enabled: Bool

        func bold(_ text: String) -> String { wrap(text, "1") }
        func dim(_ text: String) -> String { wrap(text, "2") }

        func severity(_ text: String, _ severity: Severity) -> String {
            switch severity {
            case .critical: wrap(text, "1;31")
            case .high: wrap(text, "31")
            case .medium: wrap(text, "33")
            case .low: wrap(text, "36")
            }
        }

        private func wrap(_ text: String, _ code: String) -> String {
            enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
        }
    }
}
