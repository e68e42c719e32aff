/// A memory location the store refuses, or a file operation that failed.
public struct ExpertiseStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file or location concerned.
    public var path: String
    /// What went wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
