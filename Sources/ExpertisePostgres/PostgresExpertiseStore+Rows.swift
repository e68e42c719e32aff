import Expertise
import Foundation
import Logging
import PostgresNIO
import PostgresSupport

/// The statements on `expertise_memories` and `expertise_rejected`, and turning their failures into errors.
extension PostgresExpertiseStore {
    /// One repository's row.
    struct Row: Sendable {
        var document: String
        var revision: Int64

        /// Created by an update's `INSERT` and never written: an import from the data directory may fill it.
        var isUnwritten: Bool { revision == 0 && document.isEmpty }
    }

    /// The row of `host`/`path`, locked until the transaction ends when `lock` is true.
    static func row(
        host: String, path: String, lock: Bool, connection: PostgresConnection, logger: Logger
    ) async throws -> Row? {
        let query: PostgresQuery =
            lock
            ? "SELECT document, revision FROM expertise_memories WHERE host = \(host) AND path = \(path) FOR UPDATE"
            : "SELECT document, revision FROM expertise_memories WHERE host = \(host) AND path = \(path)"
        let rows = try await connection.query(query, logger: logger).collect()
        guard let row = rows.first else { return nil }
        let (document, revision) = try row.decode((String, Int64).self)
        return Row(document: document, revision: revision)
    }

    /// Creates the row of `host`/`path` (empty, revision 0) unless it exists, so there is always a row to lock.
    static func ensureRow(host: String, path: String, connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            """
            INSERT INTO expertise_memories (host, path, document, revision, updated_at)
            VALUES (\(host), \(path), '', 0, \(Date().timeIntervalSince1970))
            ON CONFLICT (host, path) DO NOTHING
            """,
            logger: logger)
    }

    /// Stores `document` as the next revision of the locked row.
    static func write(
        _ document: String, host: String, path: String, connection: PostgresConnection, logger: Logger
    ) async throws {
        try await connection.query(
            """
            UPDATE expertise_memories
            SET document = \(document), revision = revision + 1, updated_at = \(Date().timeIntervalSince1970)
            WHERE host = \(host) AND path = \(path)
            """,
            logger: logger)
    }

    /// Copies a document that does not decode to `expertise_rejected` and returns its id.
    static func reject(
        _ document: String, reason: String, host: String, path: String, connection: PostgresConnection, logger: Logger
    ) async throws -> Int64 {
        let rows = try await connection.query(
            """
            INSERT INTO expertise_rejected (host, path, document, reason, rejected_at)
            VALUES (\(host), \(path), \(document), \(reason), \(Date().timeIntervalSince1970))
            RETURNING id
            """,
            logger: logger
        ).collect()
        guard let row = rows.first else { throw PostgresRowMissing() }
        return try row.decode(Int64.self)
    }

    /// Runs `body` on a pooled connection, outside a transaction, turning failures into ``ExpertiseStoreError``s.
    func perform<T: Sendable>(
        _ operation: String, of name: String, _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
    ) async throws -> T {
        try checkOpen(name)
        do {
            return try await database.client.withConnection { connection in try await body(connection, self.logger) }
        } catch {
            throw storeError(error, operation: operation, name: name)
        }
    }

    /// Throws when ``close()`` was called.
    func checkOpen(_ name: String) throws {
        guard !database.isClosed else {
            throw ExpertiseStoreError(path: name, message: "the expertise store is closed; open a new one")
        }
    }

    /// The error to throw for a failed statement or file write: the server's reason and what to do.
    func storeError(_ error: any Error, operation: String, name: String) -> any Error {
        if error is ExpertiseStoreError { return error }
        if database.isClosed {
            return ExpertiseStoreError(path: name, message: "the expertise store is closed; open a new one")
        }
        return ExpertiseStoreError(
            path: name,
            message: "cannot \(operation): \(PostgresPool.reason(error)); check that the database is reachable "
                + "and that this user may use the expertise tables, then retry")
    }
}

/// `INSERT ... RETURNING` gave no row, which PostgreSQL never does.
struct PostgresRowMissing: Error, CustomStringConvertible {
    var description: String { "the server returned no row for INSERT ... RETURNING" }
}
