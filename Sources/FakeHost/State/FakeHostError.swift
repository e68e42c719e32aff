/// A seeding call named something the fake does not hold.
public struct FakeHostError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was missing, and what to seed first.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    static func unknownPullRequest(_ kind: FakeHostKind, _ repo: String, _ number: Int) -> FakeHostError {
        FakeHostError("no \(kind.rawValue) pull request \(repo)#\(number): call addPullRequest first")
    }

    static func unknownComment(_ kind: FakeHostKind, _ repo: String, _ number: Int, _ id: Int) -> FakeHostError {
        FakeHostError("no comment \(id) on \(kind.rawValue) \(repo)#\(number)")
    }
}
