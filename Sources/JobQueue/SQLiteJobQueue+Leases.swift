import Foundation
import Logging
import SQLiteNIO
import NIOConcurrencyHelpers

extension SQLiteJobQueue {
    /// A job may be handed out when its key has no job running under a live lease (`?1` is now).
    private static let keyIsFree = """
        (j.coalesce_key IS NULL OR NOT EXISTS (
            SELECT 1 FROM jobs AS r
            WHERE r.coalesce_key = j.coalesce_key AND r.state = 'running' AND r.lease_expires_at > ?1))
        """

    /// How often a busy queue looks for expired leases of jobs that used up their attempts (an idle one looks
    /// whenever a claim finds nothing).
    static let sweepInterval: TimeInterval = 10

    /// Claims the oldest job that is queued and available, or running under an expired lease.
    ///
    /// The claim is one statement, so it is atomic across processes without holding a lock between statements.
    /// A job whose lease expired after its last attempt is never handed out; a sweep moves it to dead.
    public func claim(worker: String, lease: Duration) async throws -> Job? {
        let clock = self.now, path = self.path, logger = self.logger, lastSweep = self.lastSweep
        return try await perform("claim") { connection in
            // Read the clock when the statement runs, not when the call was buffered.
            let now = clock()
            let rows = try await connection.rows(
                """
                UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_owner = ?2, lease_expires_at = ?3,
                    updated_at = ?1
                WHERE id = (
                    SELECT id FROM (
                        SELECT id FROM (
                            SELECT j.id FROM jobs AS j
                            WHERE j.state = 'running' AND j.lease_expires_at <= ?1 AND j.attempts < j.max_attempts
                              AND \(Self.keyIsFree)
                            ORDER BY j.id LIMIT 1)
                        UNION ALL
                        SELECT id FROM (
                            SELECT j.id FROM jobs AS j
                            WHERE j.state = 'queued' AND j.available_at <= ?1 AND \(Self.keyIsFree)
                            ORDER BY j.id LIMIT 1)
                    ) ORDER BY id LIMIT 1)
                RETURNING *
                """,
                [SQLiteData(now), .text(worker), SQLiteData(now.addingTimeInterval(lease.seconds))]
            )
            let sweep = lastSweep.withLockedValue { last in
                guard rows.isEmpty || abs(now.timeIntervalSince(last)) >= Self.sweepInterval else { return false }
                last = now
                return true
            }
            if sweep { try await Self.buryExpiredLeases(on: connection, now: now, logger: logger) }
            guard let row = rows.first else { return nil }
            let job = try Job(row: row, path: path)
            if job.attempts > 1 {
                logger.debug("queue job reclaimed", metadata: ["queue.job": "\(job.id)", "queue.attempt": "\(job.attempts)"])
            }
            return job
        }
    }

    /// Moves running jobs whose lease expired after their last attempt to dead.
    private static func buryExpiredLeases(on connection: SQLiteConnection, now: Date, logger: Logger) async throws {
        let dead = try await connection.rows(
            """
            UPDATE jobs SET state = 'dead', last_error = 'lease expired after ' || attempts || ' attempts',
                lease_owner = NULL, lease_expires_at = NULL, updated_at = ?1
            WHERE state = 'running' AND lease_expires_at <= ?1 AND attempts >= max_attempts
            RETURNING id
            """,
            [SQLiteData(now)]
        )
        for row in dead {
            logger.warning(
                "queue job dead: lease expired after its last attempt",
                metadata: ["queue.job": "\(row.column("id")?.integer ?? 0)"]
            )
        }
    }

    /// Moves the lease's expiry to now + `lease` while `worker` holds it.
    public func extendLease(_ id: Int64, worker: String, lease: Duration) async throws -> Bool {
        let clock = self.now
        return try await perform("extend lease") { connection in
            let now = clock()
            return try await !connection.rows(
                """
                UPDATE jobs SET lease_expires_at = ?3
                WHERE id = ?1 AND state = 'running' AND lease_owner = ?2
                RETURNING id
                """,
                [SQLiteData(id), .text(worker), SQLiteData(now.addingTimeInterval(lease.seconds))]
            ).isEmpty
        }
    }

    /// Marks the job done while `worker` holds it.
    public func complete(_ id: Int64, worker: String) async throws -> Bool {
        let clock = self.now
        return try await perform("complete") { connection in
            let now = clock()
            return try await !connection.rows(
                """
                UPDATE jobs SET state = 'done', lease_owner = NULL, lease_expires_at = NULL, updated_at = ?3
                WHERE id = ?1 AND state = 'running' AND lease_owner = ?2
                RETURNING id
                """,
                [SQLiteData(id), .text(worker), SQLiteData(now)]
            ).isEmpty
        }
    }

    /// Queues the job again after a backoff while attempts remain and the failure is retryable; dead otherwise.
    public func fail(_ id: Int64, worker: String, error: String, retryable: Bool) async throws -> FailOutcome {
        let clock = self.now, unit = random(), policy = self.policy, logger = self.logger
        return try await perform("fail") { connection in
            let now = clock()
            let held = try await connection.rows(
                "SELECT attempts, max_attempts FROM jobs WHERE id = ?1 AND state = 'running' AND lease_owner = ?2",
                [SQLiteData(id), .text(worker)]
            )
            guard let row = held.first, let attempts = row.column("attempts")?.integer,
                let maxAttempts = row.column("max_attempts")?.integer
            else { return .leaseLost }
            let outcome: FailOutcome
            let availableAt: Date
            if retryable && attempts < maxAttempts {
                availableAt = now.addingTimeInterval(policy.delay(afterAttempt: Int(attempts), unit: unit))
                outcome = .retrying(at: availableAt)
            } else {
                availableAt = now
                outcome = .dead
            }
            // `attempts = ?` makes this a compare-and-set: a reclaim by another process in between counts as lost.
            let changed = try await connection.rows(
                """
                UPDATE jobs SET state = ?4, available_at = ?5, last_error = ?6, lease_owner = NULL,
                    lease_expires_at = NULL, updated_at = ?7
                WHERE id = ?1 AND state = 'running' AND lease_owner = ?2 AND attempts = ?3
                RETURNING id
                """,
                [
                    SQLiteData(id), .text(worker), .integer(attempts),
                    .text(outcome == .dead ? JobState.dead.rawValue : JobState.queued.rawValue),
                    SQLiteData(availableAt), .text(error), SQLiteData(now),
                ]
            )
            guard !changed.isEmpty else { return .leaseLost }
            outcome.log(job: id, attempts: attempts, retryable: retryable, to: logger)
            return outcome
        }
    }

    /// Queues the job again, available now, without counting the attempt; does nothing once the lease is lost.
    public func release(_ id: Int64, worker: String) async throws {
        let clock = self.now
        try await perform("release") { connection in
            let now = clock()
            _ = try await connection.rows(
                """
                UPDATE jobs SET state = 'queued', attempts = max(attempts - 1, 0), available_at = ?3,
                    lease_owner = NULL, lease_expires_at = NULL, updated_at = ?3
                WHERE id = ?1 AND state = 'running' AND lease_owner = ?2
                """,
                [SQLiteData(id), .text(worker), SQLiteData(now)]
            )
        }
    }
}
