import Expertise
import PostgresSupport

/// The expertise memory's tables in PostgreSQL, recorded in `expertise_schema_version`; they may share a schema
/// with the queue's `jobs` and other programs' tables.
///
/// Migrations only ever append: a released step is never edited.
enum ExpertiseSchema {
    /// Each element moves the schema from version `index` to `index + 1`.
    static let migrations: [[String]] = [
        [
            "CREATE TABLE expertise_schema_version (version integer NOT NULL)",
            "INSERT INTO expertise_schema_version (version) VALUES (0)",
            // One YAML document per repository; revision 0 with an empty document is a row no update wrote yet.
            """
            CREATE TABLE expertise_memories (
                host text NOT NULL,
                path text NOT NULL,
                document text NOT NULL,
                revision bigint NOT NULL,
                updated_at double precision NOT NULL,
                PRIMARY KEY (host, path)
            )
            """,
            // Documents that did not decode, kept so a person can repair them and copy entries back.
            """
            CREATE TABLE expertise_rejected (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                host text NOT NULL,
                path text NOT NULL,
                document text NOT NULL,
                reason text NOT NULL,
                rejected_at double precision NOT NULL
            )
            """,
        ]
    ]

    /// The migrations, for ``PostgresMigrations/run(on:)``.
    static let plan = PostgresMigrations(
        component: "expertise", tables: ["expertise_memories", "expertise_rejected"], steps: migrations)

    /// Runs the missing migrations, turning every failure into an ``ExpertiseStoreError`` that says what to do.
    static func migrate(_ database: PostgresPool) async throws {
        let location = database.location, schema = database.schema
        do {
            try await plan.run(on: database)
        } catch PostgresMigrations.Refusal.foreignTable(let table) {
            throw ExpertiseStoreError(
                path: location,
                message: "schema \(schema) has a table \(table) of another program; give backend-review its own "
                    + "schema with ?schema=NAME")
        } catch PostgresMigrations.Refusal.newer(let found, let supported) {
            throw ExpertiseStoreError(
                path: location,
                message: "schema \(schema) holds expertise tables at version \(found), but this backend-review knows "
                    + "only up to \(supported); upgrade every replica to the newer backend-review")
        } catch {
            throw ExpertiseStoreError(
                path: location,
                message: "cannot set up the expertise tables in schema \(schema): \(PostgresPool.reason(error)); "
                    + "check that the server runs and that the user may create tables there")
        }
    }
}
