import Foundation
import Logging
import SQLiteNIO

extension SQLiteJobQueue {
    /// How long a statement waits for another process's write lock before failing.
    static let busyTimeoutMilliseconds = 10_000

    /// Configures a fresh connection and migrates the file; errors say whether the file is unusable or too new.
    static func prepare(_ connection: SQLiteConnection, path: String, logger: Logger) async throws {
        do {
            // First, so no later statement spins in SQLiteNIO's default busy handler (it retries without sleeping).
            try await connection.rows("PRAGMA busy_timeout = \(busyTimeoutMilliseconds)")
            try await retryingBusy { try await enableWAL(connection, path: path) }
            // In WAL mode a commit is written to the log before it returns; NORMAL skips the fsync per commit,
            // which costs durability across a power cut, not across a process kill.
            try await connection.rows("PRAGMA synchronous = NORMAL")
            // SQLiteCheckpointer copies the WAL back on its own thread, outside the commits.
            try await connection.rows("PRAGMA wal_autocheckpoint = 0")
            try await retryingBusy { try await migrate(connection, path: path, logger: logger) }
        } catch let error as JobQueueError {
            throw error
        } catch let error as SQLiteError {
            switch queueError(error, path: path, operation: "open").code {
            case .notAQueue: throw JobQueueError.notAQueue(path: path, reason: error.message)
            default: throw JobQueueError.cannotOpen(path: path, reason: error.message)
            }
        }
    }

    /// Switches the file to WAL.
    private static func enableWAL(_ connection: SQLiteConnection, path: String) async throws {
        let rows = try await connection.rows("PRAGMA journal_mode = WAL")
        let mode = rows.first?.column("journal_mode")?.string ?? "unknown"
        guard mode.lowercased() == "wal" else {
            throw JobQueueError.cannotOpen(
                path: path, reason: "the file system does not support WAL mode (journal mode is \(mode))"
            )
        }
    }

    /// Runs `body` again while another process holds the file's lock. Several processes opening a new file at
    /// once contend for the journal switch and the migration, and `SQLITE_BUSY` there is not covered by the busy
    /// timeout; on a saturated machine the first opener can hold the lock for many seconds, so this waits up to a
    /// minute before giving up.
    private static func retryingBusy(_ body: () async throws -> Void) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while true {
            do {
                return try await body()
            } catch let error as SQLiteError where error.reason == .busy && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
    }

    private static func migrate(_ connection: SQLiteConnection, path: String, logger: Logger) async throws {
        let latest = SQLiteSchema.latestVersion
        let found = try await userVersion(connection)
        if found == latest { return }
        if found > latest { throw JobQueueError.newerSchema(path: path, found: found, supported: latest) }
        try await connection.immediateTransaction {
            // Read again under the write lock: another process may have migrated meanwhile.
            let version = try await userVersion(connection)
            if version > latest { throw JobQueueError.newerSchema(path: path, found: version, supported: latest) }
            if version == 0 {
                let tables = try await connection.rows(
                    "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
                if let count = tables.first?.column("n")?.integer, count > 0 {
                    throw JobQueueError.notAQueue(
                        path: path, reason: "it is an SQLite database with \(count) table(s) of another program"
                    )
                }
            }
            for step in version..<latest {
                for statement in SQLiteSchema.migrations[step] { try await connection.rows(statement) }
            }
            try await connection.rows("PRAGMA user_version = \(latest)")
            if version < latest {
                logger.info(
                    "queue schema migrated",
                    metadata: ["queue.path": "\(path)", "queue.from": "\(version)", "queue.to": "\(latest)"]
                )
            }
        }
    }

    private static func userVersion(_ connection: SQLiteConnection) async throws -> Int {
        let rows = try await connection.rows("PRAGMA user_version")
        return rows.first?.column("user_version")?.integer.map { Int($0) } ?? 0
    }
}
