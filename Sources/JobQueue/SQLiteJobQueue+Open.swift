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
            try await enableWAL(connection, path: path)
            // In WAL mode a commit is written to the log before it returns; NORMAL skips the fsync per commit,
            // which costs durability across a power cut, not across a process kill.
            try await connection.rows("PRAGMA synchronous = NORMAL")
            // SQLiteCheckpointer copies the WAL back on its own thread, outside the commits.
            try await connection.rows("PRAGMA wal_autocheckpoint = 0")
            try await migrate(connection, path: path, logger: logger)
        } catch let error as JobQueueError {
            throw error
        } catch let error as SQLiteError {
            switch queueError(error, path: path, operation: "open").code {
            case .notAQueue: throw JobQueueError.notAQueue(path: path, reason: error.message)
            default: throw JobQueueError.cannotOpen(path: path, reason: error.message)
            }
        }
    }

    /// Switches the file to WAL. Two processes opening a new file at once may see `SQLITE_BUSY` here, which the
    /// busy timeout does not cover, so it retries for a while.
    private static func enableWAL(_ connection: SQLiteConnection, path: String) async throws {
        var attempt = 0
        while true {
            do {
                let rows = try await connection.rows("PRAGMA journal_mode = WAL")
                let mode = rows.first?.column("journal_mode")?.string ?? "unknown"
                guard mode.lowercased() == "wal" else {
                    throw JobQueueError.cannotOpen(
                        path: path, reason: "the file system does not support WAL mode (journal mode is \(mode))"
                    )
                }
                return
            } catch let error as SQLiteError where error.reason == .busy && attempt < 200 {
                attempt += 1
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
