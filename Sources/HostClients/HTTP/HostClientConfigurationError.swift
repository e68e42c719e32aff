/// A host client could not be created from its configuration: a malformed base URL, a missing base URL,
/// credentials the host does not support, or an unreadable GitHub App private key.
///
/// The message says which setting to fix; it never contains a token or a key.
public struct HostClientConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and what to set instead.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
