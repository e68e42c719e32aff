/// One problem found in a pull request, from a checklist rule or (later) a model.
///
/// Findings are host-neutral: every output format and every host adapter renders this one type.
public struct Finding: Sendable, Hashable, Codable {
    /// Where a finding came from. Model findings are marked as such wherever they are shown.
    public enum Origin: String, Sendable, Hashable, Codable {
        case rule, model
    }

    /// The rule id, e.g. `async-blocking-sleep`.
    public var ruleID: String
    public var section: Section
    public var severity: Severity
    /// Path in the new tree, relative to the repository root.
    public var path: String
    /// First flagged line, 1-based, in the new file.
    public var line: Int
    /// Last flagged line; equal to `line` for one-line findings.
    public var endLine: Int
    public var title: LocalizedText
    public var message: LocalizedText
    public var fix: LocalizedText
    public var why: LocalizedText
    /// Follow-ups for the "Consideraciones" part of a comment; may be empty.
    public var considerations: [LocalizedText]
    /// The flagged source line as written; feeds the fingerprint.
    public var snippet: String
    public var origin: Origin
    /// Stable identity: rule + path + normalised snippet (+ ordinal among equal snippets).
    /// Unchanged when lines above shift. Set by `FindingSet`.
    public var fingerprint: String

    public init(
        ruleID: String, section: Section, severity: Severity, path: String, line: Int, endLine: Int? = nil,
        title: LocalizedText, message: LocalizedText, fix: LocalizedText, why: LocalizedText,
        considerations: [LocalizedText] = [], snippet: String, origin: Origin = .rule, fingerprint: String = ""
    ) {
        self.ruleID = ruleID
        self.section = section
        self.severity = severity
        self.path = path
        self.line = line
        self.endLine = max(endLine ?? line, line)
        self.title = title
        self.message = message
        self.fix = fix
        self.why = why
        self.considerations = considerations
        self.snippet = snippet
        self.origin = origin
        self.fingerprint = fingerprint
    }
}
