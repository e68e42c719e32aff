import Foundation
import Logging
import PostgresNIO
import NIOConcurrencyHelpers

/// A connection pool on one database, shared by the stores that keep their state there (the job queue, the
/// expertise memory): runs the pool, turns failures into one-line reasons, and runs transactions.
///
/// ```swift
/// let database = try await PostgresPool.connect(target, maximumConnections: 4, logger: logger)
/// let count = try await database.transaction { connection, logger in try await ... }
/// try await database.close()
/// ```
public final class PostgresPool: Sendable {
    /// `postgres://user@host:port/database`, never with the password.
    public let location: String
    /// The schema every connection's `search_path` points at.
    public let schema: String
    /// The pool.
    public let client: PostgresClient
    private let runner: Task<Void, Never>
    private let state = NIOLockedValueBox(false)
    let logger: Logger

    private init(location: String, schema: String, client: PostgresClient, runner: Task<Void, Never>, logger: Logger) {
        self.location = location
        self.schema = schema
        self.client = client
        self.runner = runner
        self.logger = logger
    }

    /// Starts a pool of at most `maximumConnections` connections to `target`, with `search_path` set to its schema.
    /// Connecting is lazy: the first statement (or ``withTimeout(_:_:)`` around it) finds out whether the server
    /// answers.
    public static func connect(_ target: PostgresTarget, maximumConnections: Int, logger: Logger) -> PostgresPool {
        var configuration = target.configuration
        configuration.options.maximumConnections = max(1, maximumConnections)
        configuration.options.additionalStartupParameters = [("search_path", target.schema)]
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let runner = Task { await client.run() }
        return PostgresPool(location: target.location, schema: target.schema, client: client, runner: runner, logger: logger)
    }

    /// Whether ``close()`` was called.
    public var isClosed: Bool { state.withLockedValue { $0 } }

    /// Stops the pool; closing twice is harmless.
    public func close() async {
        state.withLockedValue { $0 = true }
        runner.cancel()
        await runner.value
    }

    /// Runs `body` in one transaction on one pooled connection: `COMMIT` when it returns, `ROLLBACK` when it throws.
    public func transaction<T: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
    ) async throws -> T {
        try await client.withConnection { connection in
            try await connection.query("BEGIN", logger: self.logger)
            do {
                let result = try await body(connection, self.logger)
                try await connection.query("COMMIT", logger: self.logger)
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: self.logger)
                throw error
            }
        }
    }

    /// The server's message and SQLSTATE, or the client's error code: PSQLError's own description hides the message.
    public static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let info = error.serverInfo, let message = info[.message] {
                return "\(message) (SQLSTATE \(info[.sqlState] ?? "?"))"
            }
            return "\(error.code)"
        }
        // The pool's own errors (module _ConnectionPoolModule) say only their case name.
        let text = "\(error)"
        if text.contains("connectionCreationCircuitBreakerTripped") {
            return "cannot connect to the server; the pool keeps retrying with backoff"
        }
        if text.contains("requestCancelled") || text.contains("poolShutdown") { return "the connection pool is shut down" }
        return text
    }

    /// Runs `body`, returning `nil` when it takes longer than `limit`: an unreachable server makes the pool retry
    /// forever, and start-up should fail instead.
    public static func withTimeout<T: Sendable>(
        _ limit: Duration, _ body: @escaping @Sendable () async throws -> T
    ) async throws -> T? {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }
}
