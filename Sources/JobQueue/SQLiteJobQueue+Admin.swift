import Foundation
import SQLiteNIO

extension SQLiteJobQueue {
    /// One job by id, `nil` when there is none.
    public func job(_ id: Int64) async throws -> Job? {
        let path = self.path
        return try await perform("read job") { connection in
            try await connection.rows("SELECT * FROM jobs WHERE id = ?1", [SQLiteData(id)]).first
                .map { try Job(row: $0, path: path) }
        }
    }

    /// Up to `limit` jobs, newest first; only those in `states` when given.
    public func list(states: Set<JobState>?, limit: Int) async throws -> [Job] {
        let path = self.path
        var binds: [SQLiteData] = [.integer(SQLiteInt64(max(0, limit)))]
        var filter = ""
        if let states {
            let sorted = states.map(\.rawValue).sorted()
            filter = "WHERE state IN (" + sorted.indices.map { "?\($0 + 2)" }.joined(separator: ", ") + ")"
            binds += sorted.map { .text($0) }
            if sorted.isEmpty { return [] }
        }
        return try await perform("list jobs") { [binds, filter] connection in
            try await connection.rows("SELECT * FROM jobs \(filter) ORDER BY id DESC LIMIT ?1", binds)
                .map { try Job(row: $0, path: path) }
        }
    }

    /// Queues a dead or done job again, available now, with its attempts reset; keeps its last error for history.
    public func retry(_ id: Int64) async throws -> Bool {
        let now = self.now()
        return try await perform("retry") { connection in
            try await !connection.rows(
                """
                UPDATE jobs SET state = 'queued', attempts = 0, available_at = ?2, lease_owner = NULL,
                    lease_expires_at = NULL, updated_at = ?2
                WHERE id = ?1 AND state IN ('dead', 'done')
                RETURNING id
                """,
                [SQLiteData(id), SQLiteData(now)]
            ).isEmpty
        }
    }

    /// Deletes the jobs in `states` last updated before `olderThan` (all of them when `nil`).
    public func purge(states: Set<JobState>, olderThan: Date?) async throws -> Int {
        guard !states.isEmpty else { return 0 }
        let sorted = states.map(\.rawValue).sorted()
        var binds: [SQLiteData] = sorted.map { .text($0) }
        var sql = "DELETE FROM jobs WHERE state IN (" + sorted.indices.map { "?\($0 + 1)" }.joined(separator: ", ") + ")"
        if let olderThan {
            binds.append(SQLiteData(olderThan))
            sql += " AND updated_at < ?\(binds.count)"
        }
        return try await perform("purge") { [binds, sql] connection in
            try await connection.rows(sql, binds)
            let changes = try await connection.rows("SELECT changes() AS n")
            return Int(changes.first?.column("n")?.integer ?? 0)
        }
    }

    /// Counts per state (every state present, 0 when empty) and how long the longest-waiting available job has
    /// been claimable: now minus its `availableAt`, which for a job never retried is its age.
    public func stats() async throws -> QueueStats {
        let now = self.now()
        return try await perform("stats") { connection in
            let rows = try await connection.rows(
                """
                SELECT state, count(*) AS n, min(CASE WHEN available_at <= ?1 THEN available_at END) AS oldest
                FROM jobs GROUP BY state
                """,
                [SQLiteData(now)]
            )
            var counts = Dictionary(uniqueKeysWithValues: JobState.allCases.map { ($0, 0) })
            var oldest: Double?
            for row in rows {
                guard let state = row.column("state")?.string.flatMap(JobState.init(rawValue:)) else { continue }
                counts[state] = Int(row.column("n")?.integer ?? 0)
                if state == .queued, let available = row.column("oldest")?.double {
                    oldest = max(0, now.timeIntervalSince1970 - available)
                }
            }
            return QueueStats(counts: counts, oldestQueuedAge: oldest)
        }
    }
}
