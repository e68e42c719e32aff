import Foundation
import JobQueue
import Logging
import Testing

/// Opens a store for the contract tests. Every ``JobQueue`` implementation adds itself to ``all`` and must pass
/// every contract test; a PostgreSQL store would open a fresh schema where SQLite opens a file in `directory`.
struct QueueFactory: Sendable, CustomTestStringConvertible {
    /// The store's name in test output.
    let name: String
    /// Opens the store kept in `directory`: opening twice with the same directory gives two handles on one store.
    let open: @Sendable (_ directory: URL, _ policy: RetryPolicy, _ clock: TestClock, _ random: @escaping @Sendable () -> Double)
        async throws -> any JobQueue

    var testDescription: String { name }

    static let sqlite = QueueFactory(name: "sqlite") { directory, policy, clock, random in
        try await SQLiteJobQueue.open(
            path: directory.appendingPathComponent(SQLiteJobQueue.defaultFileName).path,
            policy: policy, logger: .quiet, now: { clock.now }, random: random
        )
    }

    static let all: [QueueFactory] = [.sqlite]
}

extension Logger {
    /// Drops everything: the tests check outcomes, not log lines.
    static let quiet = Logger(label: "job-queue-tests") { _ in SwiftLogNoOpLogHandler() }
}
