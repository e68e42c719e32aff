/// `review --format github`: GitHub Actions workflow commands, one line per finding, which GitHub shows
/// as annotations on the pull request's diff.
///
/// ```
/// ::error file=app/api.py,line=12,endLine=12,title=Missing RLS context [rls-missing-context]::…
/// ```
public enum GitHubAnnotations {
    /// One workflow command per finding, each ending in a newline; empty when there are no findings.
    public static func render(_ report: ReviewReport, language: Language) -> String {
        report.findings.map { command($0, language: language) + "\n" }.joined()
    }

    /// The command for one finding.
    public static func command(_ finding: Finding, language: Language) -> String {
        var properties = ["file=" + escapeProperty(finding.path)]
        if finding.line >= 1 {
            properties.append("line=\(finding.line)")
            properties.append("endLine=\(finding.endLine)")
        }
        properties.append("title=" + escapeProperty("\(finding.title[language]) [\(finding.ruleID)]"))
        var message = finding.message[language]
        let fix = finding.fix[language]
        if !fix.isEmpty { message += "\n\n" + (language == .es ? "Solución: " : "Fix: ") + fix }
        if finding.origin == .model { message += "\n(" + OutputLabels.modelFinding(language) + ")" }
        return "::\(kind(finding.severity)) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    /// The workflow command for a severity: critical and high are errors, medium warnings, low notices.
    public static func kind(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low: "notice"
        }
    }

    /// GitHub's escaping for a command's message: `%`, CR and LF.
    public static func escapeData(_ text: String) -> String {
        var output = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            default: output.unicodeScalars.append(character)
            }
        }
        return output
    }

    /// GitHub's escaping for a property value: the message's, plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        let colons = MarkdownText.replacing(":", with: "%3A", in: escapeData(text))
        return MarkdownText.replacing(",", with: "%2C", in: colons)
    }
}
