/// Why a memory file could not be read, with the file and, where known, the line and column of the problem.
///
/// It describes itself as `path:line:column: message`, the form editors and CI logs link to.
public struct MemoryDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or the name the caller gave the text).
    public var path: String
    /// 1-based line of the problem, when known.
    public var line: Int?
    /// 1-based column (in Unicode scalars), when known.
    public var column: Int?
    /// What is wrong and what to do about it.
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int?, column: Int?, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: message`; the parts that are unknown are left out.
    public var description: String {
        "\(Self.location(path, line: line, column: column)): \(message)"
    }

    /// `path:line:column`, leaving out what is unknown (a column without a line means nothing).
    static func location(_ path: String, line: Int?, column: Int?) -> String {
        guard let line else { return path }
        return column.map { "\(path):\(line):\($0)" } ?? "\(path):\(line)"
    }
}
