import Foundation
import Logging
import PostgresNIO

/// The ``JobQueue`` for several replicas: one PostgreSQL database (or one schema in it) shared by every process.
///
/// Every claim takes its job with `SELECT ... FOR UPDATE SKIP LOCKED`, so claimers on different machines never
/// wait for each other's rows; jobs with the same coalesce key are serialised by a transaction-scoped advisory lock
/// on the key, so one pull request runs on one worker at a time. Times are stored as seconds since 1970
/// (`double precision`), exactly as the SQLite store keeps them, so both stores answer with identical dates.
///
/// ```swift
/// let queue = try await PostgresJobQueue.open(url: "postgres://review:secret@db:5432/review", logger: logger)
/// defer { Task { try await queue.close() } }
/// ```
public final class PostgresJobQueue: JobQueue {
    /// The database, as `postgres://user@host:port/db` (never with the password), for errors and logs.
    public let location: String
    /// The schema holding the `jobs` table.
    public let schema: String
    let client: PostgresClient
    let runner: Task<Void, Never>
    let policy: RetryPolicy
    let logger: Logger
    let now: @Sendable () -> Date
    let random: @Sendable () -> Double
    let closed = Locked(false)
    /// When a claim last looked for expired leases to bury (see ``claim(worker:lease:)``).
    let lastSweep = Locked(Date.distantPast)

    private init(
        location: String, schema: String, client: PostgresClient, runner: Task<Void, Never>, policy: RetryPolicy,
        logger: Logger, now: @escaping @Sendable () -> Date, random: @escaping @Sendable () -> Double
    ) {
        self.location = location
        self.schema = schema
        self.client = client
        self.runner = runner
        self.policy = policy
        self.logger = logger
        self.now = now
        self.random = random
    }

    /// Connects to the database at `url` and brings the queue's schema up to date.
    ///
    /// Safe while other replicas start at the same time: migrations run in one transaction that first takes
    /// `pg_advisory_xact_lock` for the schema.
    /// - Parameters:
    ///   - url: `postgres://user:password@host:port/database`; `?sslmode=disable|prefer|require` (default
    ///     `prefer`) and `?schema=name` (default `public`) are understood. The password is never logged.
    ///   - schema: Overrides the URL's `schema`; created when missing. Letters, digits and `_` only.
    ///   - policy: Attempts and backoff for failed jobs.
    ///   - maximumConnections: The connection pool's size.
    ///   - logger: Receives state changes worth an operator's attention (dead letters, expired leases).
    ///   - now: The clock, injectable for tests of leases and backoff.
    ///   - random: Jitter in [0, 1), injectable for tests.
    /// - Throws: ``JobQueueError`` saying whether the database could not be reached, is not a queue, or is too new.
    public static func open(
        url: String,
        schema: String? = nil,
        policy: RetryPolicy = .init(),
        maximumConnections: Int = 10,
        logger: Logger,
        now: @escaping @Sendable () -> Date = Date.init,
        random: @escaping @Sendable () -> Double = { .random(in: 0..<1) }
    ) async throws -> PostgresJobQueue {
        let target = try PostgresTarget(url: url, schema: schema)
        var configuration = target.configuration
        configuration.options.maximumConnections = max(1, maximumConnections)
        configuration.options.additionalStartupParameters = [("search_path", target.schema)]
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let runner = Task { await client.run() }
        let queue = PostgresJobQueue(
            location: target.location, schema: target.schema, client: client, runner: runner, policy: policy,
            logger: logger, now: now, random: random
        )
        do {
            try await withTimeout(.seconds(60), location: target.location) {
                try await PostgresSchema.migrate(client: client, schema: target.schema, location: target.location, logger: logger)
            }
        } catch {
            runner.cancel()
            await runner.value
            throw error
        }
        logger.debug("queue opened", metadata: ["queue.location": "\(target.location)", "queue.schema": "\(target.schema)"])
        return queue
    }

    /// Closes the connection pool. Later calls throw ``JobQueueError/Code/closed``; closing twice is harmless.
    public func close() async throws {
        closed.withLock { $0 = true }
        runner.cancel()
        await runner.value
    }

    /// Runs one statement against the database.
    public func ping() async throws {
        try await perform("ping") { client, logger in
            try await client.query("SELECT 1", logger: logger)
        }
    }

    /// Runs `body` with the pool and turns PostgreSQL's errors into ``JobQueueError``s.
    func perform<T: Sendable>(
        _ operation: String, _ body: (PostgresClient, Logger) async throws -> T
    ) async throws -> T {
        if closed.withLock({ $0 }) { throw JobQueueError.closed(path: location) }
        do {
            return try await body(client, logger)
        } catch {
            if closed.withLock({ $0 }) { throw JobQueueError.closed(path: location) }
            throw Self.queueError(error, location: location, operation: operation)
        }
    }

    /// Runs `body` in one transaction on one pooled connection.
    func transaction<T: Sendable>(
        _ operation: String, _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
    ) async throws -> T {
        try await perform(operation) { client, logger in
            try await client.withConnection { connection in
                try await connection.query("BEGIN", logger: logger)
                do {
                    let result = try await body(connection, logger)
                    try await connection.query("COMMIT", logger: logger)
                    return result
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        }
    }

    /// A ``JobQueueError`` for any failure, with the server's message (PSQLError's description hides it).
    static func queueError(_ error: any Error, location: String, operation: String) -> JobQueueError {
        if let error = error as? JobQueueError { return error }
        return .storage(path: location, operation: operation, reason: reason(error))
    }

    /// The server's message and SQLSTATE, or the client's error code.
    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let info = error.serverInfo, let message = info[.message] {
                return "\(message) (SQLSTATE \(info[.sqlState] ?? "?"))"
            }
            return "\(error.code)"
        }
        return "\(error)"
    }
}

/// Runs `body`, failing with ``JobQueueError/Code/cannotOpen`` when it takes longer than `limit` (an unreachable
/// server makes the pool retry forever).
func withTimeout<T: Sendable>(
    _ limit: Duration, location: String, _ body: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else {
            throw JobQueueError.cannotOpen(path: location, reason: "no answer from the server within \(limit)")
        }
        return value
    }
}
