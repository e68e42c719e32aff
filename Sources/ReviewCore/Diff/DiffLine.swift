/// One line of a hunk: a context, added or removed line with its line numbers on each side.
///
/// ```swift
/// let line = hunk.lines[0]   // " return x"
/// line.kind                  // .context
/// line.newLine               // 12
/// ```
public struct DiffLine: Sendable, Hashable, Codable {
    /// What the line's first character said: ` `, `+` or `-`.
    public enum Kind: String, Sendable, Hashable, Codable {
        case context, added, removed
    }

    /// Context, added or removed.
    public var kind: Kind
    /// The line's content without the leading marker and without the line terminator (LF or CRLF).
    public var text: String
    /// 1-based line number in the old file; nil for added lines.
    public var oldLine: Int?
    /// 1-based line number in the new file; nil for removed lines.
    public var newLine: Int?
    /// True when a `\ No newline at end of file` marker followed this line.
    public var noNewlineAtEndOfFile: Bool

    /// Creates a line; the parser fills these from the hunk header's starting numbers.
    public init(kind: Kind, text: String, oldLine: Int?, newLine: Int?, noNewlineAtEndOfFile: Bool = false) {
        self.kind = kind
        self.text = text
        self.oldLine = oldLine
        self.newLine = newLine
        self.noNewlineAtEndOfFile = noNewlineAtEndOfFile
    }
}
