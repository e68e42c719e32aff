/// The queue file's schema, one migration per `PRAGMA user_version` step.
///
/// Migrations only ever append: a released step is never edited, so a file written by any earlier version
/// opens by running the steps it has not seen, inside one `BEGIN IMMEDIATE` transaction.
enum SQLiteSchema {
    /// Each element moves the file from version `index` to `index + 1`.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE jobs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                delivery_id TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                coalesce_key TEXT,
                payload BLOB NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'dead', 'superseded')),
                attempts INTEGER NOT NULL DEFAULT 0,
                max_attempts INTEGER NOT NULL,
                available_at REAL NOT NULL,
                lease_owner TEXT,
                lease_expires_at REAL,
                created_at REAL NOT NULL,
                updated_at REAL NOT NULL,
                last_error TEXT,
                superseded_by INTEGER
            )
            """,
            // Claim walks one state in id order (oldest first); list and stats filter by state.
            "CREATE INDEX jobs_state_id ON jobs (state, id)",
            // Coalescing: supersede the queued jobs of a key, and check that a key has nothing running. Partial,
            // so they hold only live jobs: small, and an enqueue touches few of their pages.
            "CREATE INDEX jobs_queued_key ON jobs (coalesce_key) WHERE state = 'queued'",
            "CREATE INDEX jobs_running_key ON jobs (coalesce_key) WHERE state = 'running'",
        ]
    ]

    /// The version a file has once every migration ran.
    static var latestVersion: Int { migrations.count }
}
