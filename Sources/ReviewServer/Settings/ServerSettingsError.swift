/// Every problem found in a ``ServerSettings``, so an operator fixes them all in one go.
public struct ServerSettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One invalid setting and what to do about it.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The configuration key at fault (`github.webhook_secret`, `server.port`).
        public var key: String
        /// What is wrong and how to fix it, naming the environment variable to set where there is one.
        public var message: String

        /// Creates a problem.
        public init(key: String, message: String) {
            self.key = key
            self.message = message
        }

        /// `key: message`.
        public var description: String { "\(key): \(message)" }
    }

    /// The problems, in a stable order.
    public var problems: [Problem]

    /// Creates an error from its problems.
    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// One problem per line.
    public var description: String {
        "invalid server settings:\n" + problems.map { "  \($0)" }.joined(separator: "\n")
    }
}
