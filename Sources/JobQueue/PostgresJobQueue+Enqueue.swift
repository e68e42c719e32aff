import Foundation
import Logging
import PostgresNIO
import PostgresSupport

extension PostgresJobQueue {
    /// Stores `job` in its own transaction; returns once it committed.
    ///
    /// A review with a coalesce key first takes the key's advisory lock, so concurrent enqueues of one pull
    /// request get ids in the order they supersede each other and each sees the previous one committed.
    public func enqueue(_ job: NewJob) async throws -> EnqueueOutcome {
        let now = self.now().timeIntervalSince1970
        let maxAttempts = Int64(max(1, job.maxAttempts ?? policy.maxAttempts))
        let location = self.location
        return try await transaction("enqueue") { connection, logger in
            if let key = job.coalesceKey {
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.keyLockClass), hashtext(\(key)))", logger: logger)
            }
            let inserted = try await connection.query(
                try """
                INSERT INTO jobs (delivery_id, kind, coalesce_key, payload, state, attempts, max_attempts,
                                  available_at, created_at, updated_at)
                VALUES (\(job.deliveryID), \(job.kind.rawValue), \(job.coalesceKey), \(job.payload), 'queued', 0,
                        \(maxAttempts), \(now), \(now), \(now))
                ON CONFLICT (delivery_id) DO NOTHING
                RETURNING id
                """,
                logger: logger
            ).collect()
            guard let id = try inserted.first?.decode(Int64.self) else {
                let existing = try await connection.query(
                    "SELECT id FROM jobs WHERE delivery_id = \(job.deliveryID)", logger: logger
                ).collect()
                guard let id = try existing.first?.decode(Int64.self) else {
                    throw JobQueueError.notAQueue(
                        path: location, reason: "delivery id \(job.deliveryID) is neither new nor stored"
                    )
                }
                return .duplicate(id: id)
            }
            guard job.kind == .review, let key = job.coalesceKey else { return .enqueued(id: id, superseded: []) }
            let superseded = try await connection.query(
                """
                UPDATE jobs SET state = 'superseded', updated_at = \(now), superseded_by = \(id)
                WHERE state = 'queued' AND kind = 'review' AND coalesce_key = \(key) AND id < \(id)
                RETURNING id
                """,
                logger: logger
            ).collect().map { try $0.decode(Int64.self) }.sorted()
            if !superseded.isEmpty {
                logger.debug("queue superseded", metadata: ["queue.job": "\(id)", "queue.superseded": "\(superseded)"])
            }
            return .enqueued(id: id, superseded: superseded)
        }
    }

    /// The first key of the two-key advisory locks that serialise the jobs of one coalesce key.
    static let keyLockClass: Int32 = 0x6272_0001
}
