import Foundation
import Logging
import PostgresNIO
import PostgresSupport
import NIOConcurrencyHelpers

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
    public var location: String { database.location }
    /// The schema holding the `jobs` table.
    public var schema: String { database.schema }
    let database: PostgresPool
    let policy: RetryPolicy
    let logger: Logger
    let now: @Sendable () -> Date
    let random: @Sendable () -> Double
    /// How long one call may wait for the database, connection included.
    let operationTimeout: Duration
    /// When a claim last looked for expired leases to bury (see ``claim(worker:lease:)``).
    let lastSweep = NIOLockedValueBox(Date.distantPast)

    private init(
        database: PostgresPool, policy: RetryPolicy, operationTimeout: Duration, logger: Logger,
        now: @escaping @Sendable () -> Date, random: @escaping @Sendable () -> Double
    ) {
        self.database = database
        self.operationTimeout = operationTimeout
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
    ///   - operationTimeout: How long one call may wait for an answer, waiting for a connection included, before it
    ///     fails (a delivery is then refused with 503 instead of hanging while the server is down).
    ///   - logger: Receives state changes worth an operator's attention (dead letters, expired leases).
    ///   - now: The clock, injectable for tests of leases and backoff.
    ///   - random: Jitter in [0, 1), injectable for tests.
    /// - Throws: ``JobQueueError`` saying whether the database could not be reached, is not a queue, or is too new.
    public static func open(
        url: String,
        schema: String? = nil,
        policy: RetryPolicy = .init(),
        maximumConnections: Int = 10,
        operationTimeout: Duration = .seconds(20),
        logger: Logger,
        now: @escaping @Sendable () -> Date = Date.init,
        random: @escaping @Sendable () -> Double = { .random(in: 0..<1) }
    ) async throws -> PostgresJobQueue {
        let target: PostgresTarget
        do {
            target = try PostgresTarget(url: url, schema: schema)
        } catch {
            throw JobQueueError.cannotOpen(path: error.location, reason: error.reason)
        }
        let database = PostgresPool.connect(target, maximumConnections: maximumConnections, logger: logger)
        do {
            let migrated: Void? = try await PostgresPool.withTimeout(.seconds(60)) {
                try await PostgresSchema.migrate(database)
            }
            guard migrated != nil else {
                throw JobQueueError.cannotOpen(path: target.location, reason: "no answer from the server within 60 seconds")
            }
        } catch {
            await database.close()
            throw error
        }
        logger.debug("queue opened", metadata: ["queue.location": "\(target.location)", "queue.schema": "\(target.schema)"])
        return PostgresJobQueue(
            database: database, policy: policy, operationTimeout: operationTimeout, logger: logger, now: now, random: random)
    }

    /// Closes the connection pool. Later calls throw ``JobQueueError/Code/closed``; closing twice is harmless.
    public func close() async throws {
        await database.close()
    }

    /// Runs one statement against the database.
    public func ping() async throws {
        try await perform("ping") { client, logger in
            try await client.query("SELECT 1", logger: logger)
        }
    }

    /// Runs `body` with the pool and turns PostgreSQL's errors into ``JobQueueError``s.
    ///
    /// A call that gets no answer within `operationTimeout` fails: the pool waits for a connection as long as the server
    /// is down, and a delivery must be refused with 503 before the host gives up on it (GitHub waits 10 seconds).
    @discardableResult
    func perform<T: Sendable>(
        _ operation: String, _ body: @escaping @Sendable (PostgresClient, Logger) async throws -> T
    ) async throws -> T {
        if database.isClosed { throw JobQueueError.closed(path: location) }
        let (client, logger, timeout) = (database.client, self.logger, operationTimeout)
        do {
            guard let result = try await PostgresPool.withTimeout(timeout, { try await body(client, logger) })
            else {
                throw JobQueueError.storage(
                    path: location, operation: operation, reason: "no answer from the server within \(timeout)")
            }
            return result
        } catch {
            if database.isClosed { throw JobQueueError.closed(path: location) }
            throw Self.queueError(error, location: location, operation: operation)
        }
    }

    /// Runs `body` in one transaction on one pooled connection.
    func transaction<T: Sendable>(
        _ operation: String, _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
    ) async throws -> T {
        let database = self.database
        return try await perform(operation) { _, _ in try await database.transaction(body) }
    }

    /// A ``JobQueueError`` for any failure, with the server's message.
    static func queueError(_ error: any Error, location: String, operation: String) -> JobQueueError {
        if let error = error as? JobQueueError { return error }
        return .storage(path: location, operation: operation, reason: PostgresPool.reason(error))
    }
}
