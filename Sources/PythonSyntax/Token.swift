/// The kind of a Python token, following CPython's `tokenize` (3.12, PEP 701 f-strings).
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable {
    case name, number, string, fstringStart, fstringMiddle, fstringEnd, op, comment
    case newline, nl, indent, dedent, endMarker, errorToken
}

/// One token. Positions are byte offsets into the UTF-8 source; lines are 1-based,
/// columns are 0-based byte columns (convert to code points only where a tool needs it).
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    /// Byte range in the source: `start..<end`.
    public var start: Int32
    public var end: Int32
    public var line: Int32
    public var column: Int32
    public var endLine: Int32
    public var endColumn: Int32

    public init(kind: TokenKind, start: Int32, end: Int32, line: Int32, column: Int32, endLine: Int32, endColumn: Int32) {
        self.kind = kind
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }
}
