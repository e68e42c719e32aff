/// A memory file that did not decode and was renamed aside, so a person can repair it and copy entries back.
public struct CorruptMemory: Sendable, Hashable, CustomStringConvertible {
    /// Why it did not decode: the file, line and problem.
    public var error: MemoryDecodingError
    /// Where the file is now (`.../backend.yaml.corrupt-20260109T143000Z`).
    public var movedTo: String

    /// Creates a record.
    public init(error: MemoryDecodingError, movedTo: String) {
        self.error = error
        self.movedTo = movedTo
    }

    /// One line for logs: the problem and where the file went.
    public var description: String {
        "\(error); the file was moved to \(movedTo) and a new memory was started"
    }
}
