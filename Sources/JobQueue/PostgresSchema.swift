import Foundation
import Logging
import PostgresNIO

/// The queue's tables in PostgreSQL, one migration per version step, recorded in `queue_schema_version`.
///
/// Migrations only ever append: a released step is never edited. Start-up runs the missing steps in one
/// transaction that first takes an advisory lock for the schema, so replicas starting together migrate once.
enum PostgresSchema {
    /// Each element moves the schema from version `index` to `index + 1`.
    static let migrations: [[String]] = [
        [
            "CREATE TABLE queue_schema_version (version integer NOT NULL)",
            "INSERT INTO queue_schema_version (version) VALUES (0)",
            """
            CREATE TABLE jobs (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                delivery_id text NOT NULL,
                kind text NOT NULL,
                coalesce_key text,
                payload bytea NOT NULL,
                state text NOT NULL CHECK (state IN ('queued', 'running', 'done', 'dead', 'superseded')),
                attempts bigint NOT NULL DEFAULT 0,
                max_attempts bigint NOT NULL,
                available_at double precision NOT NULL,
                lease_owner text,
                lease_expires_at double precision,
                created_at double precision NOT NULL,
                updated_at double precision NOT NULL,
                last_error text,
                superseded_by bigint,
                CONSTRAINT jobs_delivery_id_unique UNIQUE (delivery_id)
            )
            """,
            // Claim walks one state in id order (oldest first); list and stats filter by state.
            "CREATE INDEX jobs_state_id ON jobs (state, id)",
            // Coalescing: supersede the queued jobs of a key, and check that a key has nothing running.
            "CREATE INDEX jobs_queued_key ON jobs (coalesce_key) WHERE state = 'queued'",
            "CREATE INDEX jobs_running_key ON jobs (coalesce_key) WHERE state = 'running'",
        ]
    ]

    /// The version a schema has once every migration ran.
    static var latestVersion: Int { migrations.count }

    /// Creates the schema if needed and runs the missing migrations, under the schema's advisory lock.
    static func migrate(client: PostgresClient, schema: String, location: String, logger: Logger) async throws {
        do {
            try await client.withConnection { connection in
                try await connection.query("BEGIN", logger: logger)
                do {
                    try await migrate(connection, schema: schema, location: location, logger: logger)
                    try await connection.query("COMMIT", logger: logger)
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        } catch let error as JobQueueError {
            throw error
        } catch {
            throw JobQueueError.cannotOpen(path: location, reason: PostgresJobQueue.reason(error))
        }
    }

    private static func migrate(
        _ connection: PostgresConnection, schema: String, location: String, logger: Logger
    ) async throws {
        try await connection.query(
            "SELECT pg_advisory_xact_lock(hashtext(\("backend-review.queue." + schema)))", logger: logger
        )
        // The name was checked to be a plain identifier, so quoting it is enough.
        try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema)\""), logger: logger)
        try await connection.query(PostgresQuery(unsafeSQL: "SET LOCAL search_path TO \"\(schema)\""), logger: logger)
        let tables = try await connection.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = \(schema)", logger: logger
        ).collect().map { try $0.decode(String.self) }
        var version = 0
        if tables.contains("queue_schema_version") {
            let rows = try await connection.query("SELECT version FROM queue_schema_version", logger: logger).collect()
            version = Int(try rows.first?.decode(Int32.self) ?? 0)
        } else if !tables.isEmpty {
            throw JobQueueError.notAQueue(
                path: location, reason: "schema \(schema) holds \(tables.count) table(s) of another program"
            )
        }
        let latest = latestVersion
        if version > latest { throw JobQueueError.newerSchema(path: location, found: version, supported: latest) }
        guard version < latest else { return }
        for step in version..<latest {
            for statement in migrations[step] {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
        }
        try await connection.query("UPDATE queue_schema_version SET version = \(Int32(latest))", logger: logger)
        logger.info(
            "queue schema migrated",
            metadata: ["queue.location": "\(location)", "queue.schema": "\(schema)", "queue.from": "\(version)", "queue.to": "\(latest)"]
        )
    }
}
