import Foundation
import Logging
import PostgresNIO
import PostgresSupport
import NIOConcurrencyHelpers

extension PostgresJobQueue {
    /// How often a busy queue looks for expired leases of jobs that used up their attempts (an idle one looks
    /// whenever a claim finds nothing).
    static let sweepInterval: TimeInterval = 10

    /// Claims the oldest job that is queued and available, or running under an expired lease.
    ///
    /// The candidate row is locked with `FOR UPDATE SKIP LOCKED`, so concurrent claimers take different jobs.
    /// Its coalesce key's advisory lock is then taken and the key checked again in a fresh snapshot: two claimers
    /// that picked different jobs of one pull request cannot both start it. The loser tries the next candidate.
    public func claim(worker: String, lease: Duration) async throws -> Job? {
        let clock = self.now, location = self.location, lastSweep = self.lastSweep
        for _ in 0..<20 {
            let outcome: ClaimOutcome = try await transaction("claim") { connection, logger in
                let now = clock()
                let seconds = now.timeIntervalSince1970
                let candidates = try await connection.query(
                    """
                    SELECT j.id, j.coalesce_key FROM jobs AS j
                    WHERE ((j.state = 'queued' AND j.available_at <= \(seconds))
                        OR (j.state = 'running' AND j.lease_expires_at <= \(seconds) AND j.attempts < j.max_attempts))
                      AND (j.coalesce_key IS NULL OR NOT EXISTS (
                          SELECT 1 FROM jobs AS r
                          WHERE r.coalesce_key = j.coalesce_key AND r.state = 'running'
                            AND r.lease_expires_at > \(seconds)))
                    ORDER BY j.id LIMIT 1
                    FOR UPDATE OF j SKIP LOCKED
                    """,
                    logger: logger
                ).collect()
                let sweep = lastSweep.withLockedValue { last in
                    guard candidates.isEmpty || abs(now.timeIntervalSince(last)) >= Self.sweepInterval else { return false }
                    last = now
                    return true
                }
                if sweep { try await Self.buryExpiredLeases(on: connection, now: seconds, logger: logger) }
                guard let candidate = candidates.first else { return .none }
                let (id, key) = try candidate.decode((Int64, String?).self)
                if let key {
                    try await connection.query(
                        "SELECT pg_advisory_xact_lock(\(Self.keyLockClass), hashtext(\(key)))", logger: logger
                    )
                    let busy = try await connection.query(
                        """
                        SELECT 1 FROM jobs WHERE coalesce_key = \(key) AND state = 'running' AND id <> \(id)
                          AND lease_expires_at > \(seconds)
                        """,
                        logger: logger
                    ).collect()
                    if !busy.isEmpty { return .contended }
                }
                let expires = now.addingTimeInterval(lease.seconds).timeIntervalSince1970
                let rows = try await connection.query(
                    """
                    UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_owner = \(worker),
                        lease_expires_at = \(expires), updated_at = \(seconds)
                    WHERE id = \(id)
                    RETURNING *
                    """,
                    logger: logger
                ).collect()
                guard let row = rows.first else { return .contended }
                let job = try Job(row: row, location: location)
                if job.attempts > 1 {
                    logger.debug("queue job reclaimed", metadata: ["queue.job": "\(job.id)", "queue.attempt": "\(job.attempts)"])
                }
                return .claimed(job)
            }
            switch outcome {
            case .none: return nil
            case .claimed(let job): return job
            case .contended: continue
            }
        }
        return nil
    }

    private enum ClaimOutcome: Sendable {
        case none, contended, claimed(Job)
    }

    /// Moves running jobs whose lease expired after their last attempt to dead.
    private static func buryExpiredLeases(on connection: PostgresConnection, now: Double, logger: Logger) async throws {
        let dead = try await connection.query(
            """
            UPDATE jobs SET state = 'dead', last_error = 'lease expired after ' || attempts || ' attempts',
                lease_owner = NULL, lease_expires_at = NULL, updated_at = \(now)
            WHERE state = 'running' AND lease_expires_at <= \(now) AND attempts >= max_attempts
            RETURNING id
            """,
            logger: logger
        ).collect()
        for row in dead {
            logger.warning(
                "queue job dead: lease expired after its last attempt",
                metadata: ["queue.job": "\((try? row.decode(Int64.self)) ?? 0)"]
            )
        }
    }

    /// Moves the lease's expiry to now + `lease` while `worker` holds it.
    public func extendLease(_ id: Int64, worker: String, lease: Duration) async throws -> Bool {
        let expires = now().addingTimeInterval(lease.seconds).timeIntervalSince1970
        return try await perform("extend lease") { client, logger in
            try await !client.query(
                """
                UPDATE jobs SET lease_expires_at = \(expires)
                WHERE id = \(id) AND state = 'running' AND lease_owner = \(worker)
                RETURNING id
                """,
                logger: logger
            ).collect().isEmpty
        }
    }

    /// Marks the job done while `worker` holds it.
    public func complete(_ id: Int64, worker: String) async throws -> Bool {
        let now = self.now().timeIntervalSince1970
        return try await perform("complete") { client, logger in
            try await !client.query(
                """
                UPDATE jobs SET state = 'done', lease_owner = NULL, lease_expires_at = NULL, updated_at = \(now)
                WHERE id = \(id) AND state = 'running' AND lease_owner = \(worker)
                RETURNING id
                """,
                logger: logger
            ).collect().isEmpty
        }
    }

    /// Queues the job again after a backoff while attempts remain and the failure is retryable; dead otherwise.
    public func fail(_ id: Int64, worker: String, error: String, retryable: Bool) async throws -> FailOutcome {
        let clock = self.now, unit = random(), policy = self.policy
        return try await transaction("fail") { connection, logger in
            let now = clock()
            let held = try await connection.query(
                """
                SELECT attempts, max_attempts FROM jobs
                WHERE id = \(id) AND state = 'running' AND lease_owner = \(worker)
                FOR UPDATE
                """,
                logger: logger
            ).collect()
            guard let row = held.first else { return .leaseLost }
            let (attempts, maxAttempts) = try row.decode((Int64, Int64).self)
            let outcome: FailOutcome
            let availableAt: Date
            if retryable && attempts < maxAttempts {
                availableAt = now.addingTimeInterval(policy.delay(afterAttempt: Int(attempts), unit: unit))
                outcome = .retrying(at: availableAt)
            } else {
                availableAt = now
                outcome = .dead
            }
            let state = outcome == .dead ? JobState.dead.rawValue : JobState.queued.rawValue
            try await connection.query(
                """
                UPDATE jobs SET state = \(state), available_at = \(availableAt.timeIntervalSince1970),
                    last_error = \(error), lease_owner = NULL, lease_expires_at = NULL,
                    updated_at = \(now.timeIntervalSince1970)
                WHERE id = \(id)
                """,
                logger: logger
            )
            outcome.log(job: id, attempts: attempts, retryable: retryable, to: logger)
            return outcome
        }
    }

    /// Queues the job again, available now, without counting the attempt; does nothing once the lease is lost.
    public func release(_ id: Int64, worker: String) async throws {
        let now = self.now().timeIntervalSince1970
        try await perform("release") { client, logger in
            try await client.query(
                """
                UPDATE jobs SET state = 'queued', attempts = greatest(attempts - 1, 0), available_at = \(now),
                    lease_owner = NULL, lease_expires_at = NULL, updated_at = \(now)
                WHERE id = \(id) AND state = 'running' AND lease_owner = \(worker)
                """,
                logger: logger
            )
        }
    }
}
