/// The one summary comment the bot posts on a pull request (and edits in place on later pushes).
///
/// Layout: the hidden marker, a heading, one line in the reviewer's voice, a table of counts by
/// severity, the anchored findings ranked and grouped by section (empty sections omitted, at most
/// `maxListed` shown), unanchored findings in full, notes, and a small footer with the numbers.
public enum SummaryComment {
    /// The first line of every summary comment; host adapters find their earlier summary by it.
    public static let marker = "<!-- backend-review:summary -->"
    /// How many findings the list shows before "and N more".
    public static let maxListed = 60

    /// The markdown body (trailing newline included).
    public static func render(_ report: ReviewReport, language: Language) -> String {
        var blocks = [marker + "\n" + (language == .es ? "## 🔍 Revisión de backend" : "## 🔍 Backend review")]
        blocks.append(opening(report.summary, language: language))
        if report.summary.total > 0 { blocks.append(countsTable(report.summary, language: language)) }
        blocks += findingList(report.anchoredFindings, language: language)
        if !report.summary.unanchored.isEmpty {
            let heading = language == .es ? "### Fuera de las líneas del diff" : "### Outside the diff lines"
            let bodies = report.summary.unanchored.map { InlineComment.content($0, language: language) }
            blocks.append(heading + "\n\n" + bodies.joined(separator: "\n\n---\n\n"))
        }
        if !report.summary.notes.isEmpty {
            let heading = language == .es ? "### Notas" : "### Notes"
            blocks.append(heading + "\n\n" + report.summary.notes.map { "- " + MarkdownText.inline($0) }.joined(separator: "\n"))
        }
        blocks.append(footer(report.summary, language: language))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// One sentence in the reviewer's voice (seed §2): "Mirá, encontré…" or technical English.
    static func opening(_ summary: ReviewSummary, language: Language) -> String {
        let counts = summary.severityCounts
        let problems = OutputLabels.problems(summary.total, language)
        switch language {
        case .es:
            if summary.total == 0 { return "Mirá, revisé los cambios y no encontré problemas. 👌" }
            let advice = counts.critical == 1 ? "Fijate primero en el crítico: bloquea el merge."
                : counts.critical > 1 ? "Fijate primero en los críticos: bloquean el merge."
                : counts.high > 0 ? "Fijate primero en los de severidad alta."
                : "Nada bloqueante, pero fijate en estos detalles."
            return "Mirá, encontré \(problems). \(advice)"
        case .en:
            if summary.total == 0 { return "Reviewed the changes: no problems found. 👌" }
            let advice = counts.critical == 1 ? "Start with the critical one: it blocks the merge."
                : counts.critical > 1 ? "Start with the critical ones: they block the merge."
                : counts.high > 0 ? "Start with the high-severity ones."
                : "Nothing blocking, but worth a look."
            return "Found \(problems). \(advice)"
        }
    }

    static func countsTable(_ summary: ReviewSummary, language: Language) -> String {
        let header = language == .es ? "| Severidad | Cantidad |" : "| Severity | Count |"
        let rows = Severity.allCases.map {
            "| \(OutputLabels.emoji($0)) \(OutputLabels.severity($0, language)) | \(summary.severityCounts[$0]) |"
        }
        return ([header, "| --- | ---: |"] + rows).joined(separator: "\n")
    }

    /// The ranked findings grouped by section; sections in the order of their most severe finding.
    static func findingList(_ findings: [Finding], language: Language) -> [String] {
        let listed = Array(findings.sorted(by: FindingSet.rankedBefore).prefix(maxListed))
        var order: [Section] = []
        var groups: [Section: [Finding]] = [:]
        for finding in listed {
            if groups[finding.section] == nil { order.append(finding.section) }
            groups[finding.section, default: []].append(finding)
        }
        var blocks = order.map { section -> String in
            let items = groups[section, default: []]
            let heading = "### \(MarkdownText.inline(OutputLabels.section(section, language))) (\(items.count))"
            return heading + "\n\n" + items.map { item($0, language: language) }.joined(separator: "\n")
        }
        let hidden = findings.count - listed.count
        if hidden > 0 {
            blocks.append(language == .es ? "_…y \(hidden) más._" : "_…and \(hidden) more._")
        }
        return blocks
    }

    /// `- 🔴 **Critical** `app/x.py:12` Missing RLS context (`rls-missing-context`)`.
    static func item(_ finding: Finding, language: Language) -> String {
        var line = "- \(OutputLabels.emoji(finding.severity)) **\(OutputLabels.severity(finding.severity, language))** "
            + "\(MarkdownText.codeSpan(OutputLabels.location(finding))) \(MarkdownText.inline(finding.title[language])) "
            + "(\(MarkdownText.codeSpan(finding.ruleID)))"
        if finding.origin == .model { line += " · " + OutputLabels.modelFinding(language) }
        return line
    }

    static func footer(_ summary: ReviewSummary, language: Language) -> String {
        var parts: [String]
        switch language {
        case .es:
            parts = ["Revisé \(summary.filesReviewed) archivo\(summary.filesReviewed == 1 ? "" : "s") "
                + "(+\(summary.linesAdded) líneas) con \(summary.rulesEvaluated) reglas."]
            if summary.suppressed.count > 0 {
                parts.append("\(summary.suppressed.count) suprimido\(summary.suppressed.count == 1 ? "" : "s")\(reasons(summary)).")
            }
        case .en:
            parts = ["Reviewed \(summary.filesReviewed) file\(summary.filesReviewed == 1 ? "" : "s") "
                + "(+\(summary.linesAdded) lines) with \(summary.rulesEvaluated) rules."]
            if summary.suppressed.count > 0 {
                parts.append("\(summary.suppressed.count) suppressed\(reasons(summary)).")
            }
        }
        return "<sub>" + parts.joined(separator: " ") + "</sub>"
    }

    private static func reasons(_ summary: ReviewSummary) -> String {
        guard !summary.suppressed.byReason.isEmpty else { return "" }
        let list = summary.suppressed.byReason.map { "\(MarkdownText.codeSpan($0.reason)): \($0.count)" }
        return " (" + list.joined(separator: ", ") + ")"
    }
}
