import Logging
import PostgresNIO

/// Versioned, append-only schema migrations for one component (the queue, the expertise memory) in a schema that
/// other components and programs may share.
///
/// Each component records its version in its own table. Start-up runs the missing steps in one transaction that
/// first takes an advisory lock for (component, schema), so replicas starting together migrate once and the others
/// wait, then find nothing to do.
public struct PostgresMigrations: Sendable {
    /// What a schema holds that stops the migration.
    public enum Refusal: Error, Sendable {
        /// One of the component's tables exists without its version table: another program's table of that name.
        case foreignTable(String)
        /// The schema is at a version this build does not know (a newer backend-review migrated it).
        case newer(found: Int, supported: Int)
    }

    /// The component's name, in the lock key and the log.
    public let component: String
    /// The table recording the version: `<component>_schema_version`.
    public let versionTable: String
    /// The tables the steps create; any of them found without ``versionTable`` is another program's.
    public let tables: [String]
    /// Each element moves the schema from version `index` to `index + 1`. Never edit a released step.
    public let steps: [[String]]

    /// Describes a component's migrations; the first step must create ``versionTable`` with one row at version 0.
    public init(component: String, tables: [String], steps: [[String]]) {
        self.component = component
        self.versionTable = component + "_schema_version"
        self.tables = tables
        self.steps = steps
    }

    /// The version once every step ran.
    public var latestVersion: Int { steps.count }

    /// Creates `schema` if needed and runs the missing steps. Returns the version found before.
    /// - Throws: ``Refusal``, or the server's error.
    @discardableResult
    public func run(on database: PostgresPool) async throws -> Int {
        let schema = database.schema
        return try await database.transaction { connection, logger in
            try await connection.query(
                "SELECT pg_advisory_xact_lock(hashtext(\("backend-review." + component + "." + schema)))", logger: logger
            )
            // The name was checked to be a plain identifier (PostgresTarget), so quoting it is enough.
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema)\""), logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: "SET LOCAL search_path TO \"\(schema)\""), logger: logger)
            let existing = Set(try await connection.query(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = \(schema)", logger: logger
            ).collect().map { try $0.decode(String.self) })
            var version = 0
            if existing.contains(versionTable) {
                let rows = try await connection.query(
                    PostgresQuery(unsafeSQL: "SELECT version FROM \(versionTable)"), logger: logger
                ).collect()
                version = Int(try rows.first?.decode(Int32.self) ?? 0)
            } else if let clash = tables.first(where: existing.contains) {
                throw Refusal.foreignTable(clash)
            }
            let latest = latestVersion
            if version > latest { throw Refusal.newer(found: version, supported: latest) }
            guard version < latest else { return version }
            for step in version..<latest {
                for statement in steps[step] {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
            }
            try await connection.query(
                PostgresQuery(unsafeSQL: "UPDATE \(versionTable) SET version = \(latest)"), logger: logger
            )
            logger.info(
                "schema migrated",
                metadata: [
                    "db.location": "\(database.location)", "db.schema": "\(schema)", "db.component": "\(component)",
                    "db.from": "\(version)", "db.to": "\(latest)",
                ]
            )
            return version
        }
    }
}
