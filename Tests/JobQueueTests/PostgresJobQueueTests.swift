import Foundation
import JobQueue
import Testing

/// The test server, when one is configured.
let testDatabaseURL = ProcessInfo.processInfo.environment["BACKEND_REVIEW_TEST_DATABASE_URL"].flatMap {
    $0.isEmpty ? nil : $0
}

/// What only the PostgreSQL store has: URL handling, concurrent migrations, refusing another program's schema.
/// Runs when `BACKEND_REVIEW_TEST_DATABASE_URL` names a server (see docs/postgres-queue-status.md).
@Suite(.enabled(if: testDatabaseURL != nil, "BACKEND_REVIEW_TEST_DATABASE_URL is not set"))
struct PostgresJobQueueTests {
    static let url = testDatabaseURL

    private func freshSchema() -> String { "jq_" + UUID().uuidString.lowercased().filter { $0 != "-" } }

    @Test func manyReplicasStartingAtOnceMigrateOnce() async throws {
        let url = try #require(Self.url), schema = freshSchema()
        let queues = try await withThrowingTaskGroup(of: PostgresJobQueue.self) { group in
            for _ in 0..<6 {
                group.addTask { try await PostgresJobQueue.open(url: url, schema: schema, maximumConnections: 2, logger: .quiet) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(queues.count == 6)
        let id = try await queues[0].enqueue(standalone("a")).id
        #expect(try await queues[5].job(id)?.deliveryID == "a")
        for queue in queues { try await queue.close() }
        try await PostgresAdmin.dropSchema(url: url, schema: schema)
    }

    @Test func locationNeverHoldsThePassword() async throws {
        let url = try #require(Self.url)
        var components = try #require(URLComponents(string: url))
        components.password = "s3cret-password"
        // The test server trusts 127.0.0.1, so a password it does not need is accepted and must not show.
        let schema = freshSchema()
        let queue = try await PostgresJobQueue.open(url: components.string!, schema: schema, logger: .quiet)
        #expect(!queue.location.contains("s3cret"))
        #expect(queue.location.hasPrefix("postgres://"))
        try await queue.close()
        try await PostgresAdmin.dropSchema(url: url, schema: schema)
    }

    @Test func badURLIsACannotOpenErrorWithoutThePassword() async throws {
        do {
            _ = try await PostgresJobQueue.open(url: "mysql://u:s3cret@h/db", logger: .quiet)
            Issue.record("expected an error")
        } catch let error as JobQueueError {
            #expect(error.code == .cannotOpen)
            #expect(!error.description.contains("s3cret"))
        }
    }

    @Test func aSchemaSharedWithOtherTablesIsUsed() async throws {
        let url = try #require(Self.url), shared = freshSchema()
        // An application database's `public` schema holds its own tables: the queue lives beside them.
        try await PostgresAdmin.createForeignTable(url: url, schema: shared, table: "customers")
        let queue = try await PostgresJobQueue.open(url: url, schema: shared, logger: .quiet)
        #expect(try await queue.enqueue(standalone("beside")).id > 0)
        try await queue.close()
        try await PostgresAdmin.dropSchema(url: url, schema: shared)
    }

    @Test func anotherProgramsJobsTableIsRefused() async throws {
        let url = try #require(Self.url)
        // A `jobs` table without the queue's version table is another program's: never migrate into it.
        let foreign = freshSchema()
        try await PostgresAdmin.createForeignTable(url: url, schema: foreign, table: "jobs")
        do {
            _ = try await PostgresJobQueue.open(url: url, schema: foreign, logger: .quiet)
            Issue.record("expected an error")
        } catch let error as JobQueueError {
            #expect(error.code == .notAQueue)
        }
        try await PostgresAdmin.dropSchema(url: url, schema: foreign)
    }
}
