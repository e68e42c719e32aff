import Foundation
import PostgresNIO
import PostgresSupport

extension PostgresJobQueue {
    /// One job by id, `nil` when there is none.
    public func job(_ id: Int64) async throws -> Job? {
        let location = self.location
        return try await perform("read job") { client, logger in
            try await client.query("SELECT * FROM jobs WHERE id = \(id)", logger: logger).collect().first
                .map { try Job(row: $0, location: location) }
        }
    }

    /// Up to `limit` jobs, newest first; only those in `states` when given.
    public func list(states: Set<JobState>?, limit: Int) async throws -> [Job] {
        let location = self.location, limit = Int64(max(0, limit))
        if let states, states.isEmpty { return [] }
        let filter = states.map { $0.map(\.rawValue).sorted() }
        return try await perform("list jobs") { client, logger in
            let query: PostgresQuery =
                if let filter {
                    "SELECT * FROM jobs WHERE state = ANY(\(filter)) ORDER BY id DESC LIMIT \(limit)"
                } else {
                    "SELECT * FROM jobs ORDER BY id DESC LIMIT \(limit)"
                }
            return try await client.query(query, logger: logger).collect().map { try Job(row: $0, location: location) }
        }
    }

    /// Queues a dead or done job again, available now, with its attempts reset; keeps its last error for history.
    public func retry(_ id: Int64) async throws -> Bool {
        let now = self.now().timeIntervalSince1970
        return try await perform("retry") { client, logger in
            try await !client.query(
                """
                UPDATE jobs SET state = 'queued', attempts = 0, available_at = \(now), lease_owner = NULL,
                    lease_expires_at = NULL, updated_at = \(now)
                WHERE id = \(id) AND state IN ('dead', 'done')
                RETURNING id
                """,
                logger: logger
            ).collect().isEmpty
        }
    }

    /// Deletes the jobs in `states` last updated before `olderThan` (all of them when `nil`).
    public func purge(states: Set<JobState>, olderThan: Date?) async throws -> Int {
        guard !states.isEmpty else { return 0 }
        let sorted = states.map(\.rawValue).sorted()
        // +infinity keeps every row when there is no cutoff.
        let cutoff = olderThan?.timeIntervalSince1970 ?? Double.infinity
        return try await perform("purge") { client, logger in
            let rows = try await client.query(
                """
                WITH deleted AS (DELETE FROM jobs WHERE state = ANY(\(sorted)) AND updated_at < \(cutoff) RETURNING 1)
                SELECT count(*) FROM deleted
                """,
                logger: logger
            ).collect()
            return Int(try rows.first?.decode(Int64.self) ?? 0)
        }
    }

    /// Counts per state (every state present, 0 when empty) and how long the longest-waiting available job has
    /// been claimable: now minus its `availableAt`, which for a job never retried is its age.
    public func stats() async throws -> QueueStats {
        let now = self.now().timeIntervalSince1970
        return try await perform("stats") { client, logger in
            let rows = try await client.query(
                """
                SELECT state, count(*), min(CASE WHEN available_at <= \(now) THEN available_at END)
                FROM jobs GROUP BY state
                """,
                logger: logger
            ).collect()
            var counts = Dictionary(uniqueKeysWithValues: JobState.allCases.map { ($0, 0) })
            var oldest: Double?
            for row in rows {
                let (stateText, count, available) = try row.decode((String, Int64, Double?).self)
                guard let state = JobState(rawValue: stateText) else { continue }
                counts[state] = Int(count)
                if state == .queued, let available { oldest = max(0, now - available) }
            }
            return QueueStats(counts: counts, oldestQueuedAge: oldest)
        }
    }
}
