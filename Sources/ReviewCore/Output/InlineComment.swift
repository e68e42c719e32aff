/// The body of one inline comment, in the seed's answer shape (§6 "Formato de Respuesta"), kept short:
/// a title line, then Analysis, Solution, Why this is right and Considerations, then a hidden marker
/// with the fingerprint so the bot never posts the same finding twice.
///
/// ```swift
/// let body = InlineComment.render(finding, language: .es)
/// ```
public enum InlineComment {
    /// The marker prefix host adapters search for in earlier comments.
    public static let markerPrefix = "<!-- backend-review:fingerprint="

    /// The comment body for `finding` (no trailing newline).
    public static func render(_ finding: Finding, language: Language) -> String {
        [content(finding, language: language), marker(finding)].joined(separator: "\n\n")
    }

    /// The hidden marker: `<!-- backend-review:fingerprint=FP rule=ID -->`.
    public static func marker(_ finding: Finding) -> String {
        "\(markerPrefix)\(markerField(finding.fingerprint)) rule=\(markerField(finding.ruleID)) -->"
    }

    /// The fingerprint in a comment body written by `render`, or nil if it carries no marker.
    public static func fingerprint(in body: String) -> String? {
        // The last marker wins: ours is always the body's final line.
        guard let start = body.ranges(of: markerPrefix).last?.upperBound else { return nil }
        let value = body[start...].prefix { !$0.isWhitespace && $0 != "-" }
        return value.isEmpty ? nil : String(value)
    }

    /// Everything but the marker: what the summary comment reuses for findings it shows in full.
    static func content(_ finding: Finding, language: Language) -> String {
        let headings = Headings(language)
        var parts: [String] = [titleLine(finding, language: language)]
        let location = (language == .es ? "- Archivo: " : "- File: ") + MarkdownText.codeSpan(OutputLabels.location(finding))
        parts.append("**\(headings.analysis)**\n\n" + joinedBlock(finding.message[language], location))
        let fix = finding.fix[language]
        if !fix.isEmpty { parts.append("**\(headings.solution)**\n\n" + MarkdownText.block(fix)) }
        let why = finding.why[language]
        if !why.isEmpty { parts.append("**\(headings.why)**\n\n" + MarkdownText.block(why)) }
        let items = OutputLabels.considerations(finding, language).map { "- [ ] " + MarkdownText.inline($0) }
        parts.append("**\(headings.considerations)**\n\n" + items.joined(separator: "\n"))
        return parts.joined(separator: "\n\n")
    }

    /// `🔴 **Critical** · Missing RLS context · `rls-missing-context``, plus the model mark.
    static func titleLine(_ finding: Finding, language: Language) -> String {
        var line = "\(OutputLabels.emoji(finding.severity)) **\(OutputLabels.severity(finding.severity, language))** · "
            + "**\(MarkdownText.inline(finding.title[language]))** · \(MarkdownText.codeSpan(finding.ruleID))"
        if finding.origin == .model { line += " · " + OutputLabels.modelFinding(language) }
        return line
    }

    private static func joinedBlock(_ message: String, _ location: String) -> String {
        message.isEmpty ? location : MarkdownText.block(message) + "\n\n" + location
    }

    /// Keeps a marker field to characters that cannot end the HTML comment or split the fields.
    private static func markerField(_ value: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:/")
        let kept = String(value.map { allowed.contains($0) || $0 == "-" ? $0 : "_" })
        return MarkdownText.replacing("--", with: "-_", in: kept)
    }

    private struct Headings {
        var analysis, solution, why, considerations: String

        init(_ language: Language) {
            switch language {
            case .es:
                (analysis, solution, why, considerations) =
                    ("Análisis", "Solución", "Por qué esto es correcto", "Consideraciones")
            case .en:
                (analysis, solution, why, considerations) =
                    ("Analysis", "Solution", "Why this is right", "Considerations")
            }
        }
    }
}
