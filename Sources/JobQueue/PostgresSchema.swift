import Foundation
import Logging
import PostgresNIO
import PostgresSupport

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

    /// The queue's migrations, for ``PostgresMigrations/run(on:)``.
    static let plan = PostgresMigrations(component: "queue", tables: ["jobs"], steps: migrations)

    /// Runs the missing migrations, turning a refusal into the queue's error.
    static func migrate(_ database: PostgresPool) async throws {
        let location = database.location
        do {
            try await plan.run(on: database)
        } catch PostgresMigrations.Refusal.foreignTable(let table) {
            throw JobQueueError.notAQueue(
                path: location, reason: "schema \(database.schema) has a table \(table) of another program; use ?schema=NAME")
        } catch PostgresMigrations.Refusal.newer(let found, let supported) {
            throw JobQueueError.newerSchema(path: location, found: found, supported: supported)
        } catch let error as JobQueueError {
            throw error
        } catch {
            throw JobQueueError.cannotOpen(path: location, reason: PostgresPool.reason(error))
        }
    }
}
