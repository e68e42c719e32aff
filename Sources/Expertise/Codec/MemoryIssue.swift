/// One problem `backend-review expertise validate` reports about a memory file.
public struct MemoryIssue: Sendable, Hashable, CustomStringConvertible {
    /// Whether the file cannot be read (`error`) or reads but breaks a seed convention (`warning`).
    public enum Severity: String, Sendable, Hashable {
        /// The bot cannot read the file; an update would move it aside.
        case error
        /// The file reads, but something in it is not what the seed asks for.
        case warning
    }

    /// How bad it is.
    public var severity: Severity
    /// The file.
    public var path: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// What is wrong and what to do.
    public var message: String

    /// Creates an issue.
    public init(severity: Severity, path: String, line: Int?, column: Int?, message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:col: error|warning: message`; the parts that are unknown are left out.
    public var description: String {
        "\(MemoryDecodingError.location(path, line: line, column: column)): \(severity.rawValue): \(message)"
    }
}
