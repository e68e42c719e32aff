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

    /// Removes what ``open`` created outside `directory` (a PostgreSQL schema); the directory itself is the fixture's.
    var remove: @Sendable (_ directory: URL) async -> Void = { _ in }

    var testDescription: String { name }

    static let sqlite = QueueFactory(name: "sqlite") { directory, policy, clock, random in
        try await SQLiteJobQueue.open(
            path: directory.appendingPathComponent(SQLiteJobQueue.defaultFileName).path,
            policy: policy, logger: .quiet, now: { clock.now }, random: random
        )
    }

    /// A PostgreSQL store in its own schema, named after the test's directory, on the server in
    /// `BACKEND_REVIEW_TEST_DATABASE_URL` (e.g. `postgres://postgres@127.0.0.1:54329/postgres?sslmode=disable`).
    static func postgres(url: String) -> QueueFactory {
        let schema: @Sendable (URL) -> String = { directory in "jq_" + directory.lastPathComponent.lowercased().filter { $0.isLetter || $0.isNumber } }
        return QueueFactory(name: "postgres", open: { directory, policy, clock, random in
            try await PostgresJobQueue.open(
                // Hundreds of concurrent calls share 4 connections on a loaded machine: only a dead server should time out.
                url: url, schema: schema(directory), policy: policy, maximumConnections: 4, operationTimeout: .seconds(300),
                logger: .quiet,
                now: { clock.now }, random: random
            )
        }, remove: { directory in try? await PostgresAdmin.dropSchema(url: url, schema: schema(directory)) })
    }

    /// The PostgreSQL factory when a test server is configured; the contract then runs against both stores.
    static let all: [QueueFactory] = {
        guard let url = ProcessInfo.processInfo.environment["BACKEND_REVIEW_TEST_DATABASE_URL"], !url.isEmpty else {
            return [.sqlite]
        }
        return [.sqlite, .postgres(url: url)]
    }()
}

extension Logger {
    /// Drops everything: the tests check outcomes, not log lines.
    static let quiet = Logger(label: "job-queue-tests") { _ in SwiftLogNoOpLogHandler() }
}
