import Foundation
import Logging
import SQLiteNIO

extension SQLiteJobQueue {
    /// Stores `job` in the next group commit; returns once that transaction committed.
    public func enqueue(_ job: NewJob) async throws -> EnqueueOutcome {
        do {
            return try await serial.enqueue(job)
        } catch {
            throw Self.queueError(error, path: path, operation: "enqueue")
        }
    }

    /// Writes a batch in one transaction with a constant number of statements, whatever its size:
    /// one multi-row insert that skips known delivery ids, one lookup of the ids it skipped, one update that
    /// supersedes older queued reviews.
    static func writeBatch(
        _ jobs: [NewJob], on connection: SQLiteConnection, path: String, now: Date, policy: RetryPolicy, logger: Logger
    ) async throws -> [EnqueueOutcome] {
        try await connection.immediateTransaction {
            let inserted = try await insert(jobs, on: connection, now: now, policy: policy)
            let skipped = Set(jobs.map(\.deliveryID)).subtracting(inserted.keys)
            let existing = try await lookUp(Array(skipped), on: connection)
            var superseded: [Int64: [Int64]] = [:]
            let reviews = jobs.filter { $0.kind == .review && $0.coalesceKey != nil }.compactMap { inserted[$0.deliveryID] }
            if let first = reviews.min() {
                superseded = try await supersede(newerThanOrAt: first, on: connection, now: now)
                for (by, ids) in superseded {
                    logger.debug("queue superseded", metadata: ["queue.job": "\(by)", "queue.superseded": "\(ids)"])
                }
            }
            var reported = Set<String>()
            return try jobs.map { job in
                if let id = inserted[job.deliveryID], reported.insert(job.deliveryID).inserted {
                    return .enqueued(id: id, superseded: superseded[id, default: []].sorted())
                }
                guard let id = inserted[job.deliveryID] ?? existing[job.deliveryID] else {
                    // The insert skipped it as a duplicate, yet no row has its id: the UNIQUE index is damaged.
                    throw JobQueueError.notAQueue(path: path, reason: "delivery id \(job.deliveryID) is neither new nor stored")
                }
                return .duplicate(id: id)
            }
        }
    }

    /// Inserts the jobs whose delivery ids are new (a repeated id in the batch counts once) and returns their ids.
    private static func insert(
        _ jobs: [NewJob], on connection: SQLiteConnection, now: Date, policy: RetryPolicy
    ) async throws -> [String: Int64] {
        // ?1 is the time; each job has five numbered parameters after it.
        var values: [String] = []
        var binds: [SQLiteData] = [SQLiteData(now)]
        values.reserveCapacity(jobs.count)
        binds.reserveCapacity(1 + jobs.count * 5)
        for (index, job) in jobs.enumerated() {
            let p = 2 + index * 5
            values.append("(?\(p), ?\(p + 1), ?\(p + 2), coalesce(?\(p + 3), x''), 'queued', 0, ?\(p + 4), ?1, ?1, ?1)")
            binds.append(.text(job.deliveryID))
            binds.append(.text(job.kind.rawValue))
            binds.append(SQLiteData(job.coalesceKey))
            binds.append(SQLiteData(job.payload))
            binds.append(SQLiteData(Int64(max(1, job.maxAttempts ?? policy.maxAttempts))))
        }
        let rows = try await connection.rows(
            """
            INSERT INTO jobs (delivery_id, kind, coalesce_key, payload, state, attempts, max_attempts,
                              available_at, created_at, updated_at)
            VALUES \(values.joined(separator: ", "))
            ON CONFLICT (delivery_id) DO NOTHING
            RETURNING id, delivery_id
            """,
            binds
        )
        return try idsByDelivery(rows)
    }

    private static func lookUp(_ deliveryIDs: [String], on connection: SQLiteConnection) async throws -> [String: Int64] {
        guard !deliveryIDs.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: deliveryIDs.count).joined(separator: ", ")
        let rows = try await connection.rows(
            "SELECT id, delivery_id FROM jobs WHERE delivery_id IN (\(placeholders))",
            deliveryIDs.map { .text($0) }
        )
        return try idsByDelivery(rows)
    }

    /// Marks every queued review older than a new review of its key as superseded by the next newer new one, as if
    /// the batch's reviews had been enqueued one after another. Rows with ids from `first` on are this batch's:
    /// ids only grow (AUTOINCREMENT) and the transaction holds the write lock. `INDEXED BY`: without statistics
    /// the planner would rather walk every queued job.
    private static func supersede(
        newerThanOrAt first: Int64, on connection: SQLiteConnection, now: Date
    ) async throws -> [Int64: [Int64]] {
        let rows = try await connection.rows(
            """
            UPDATE jobs INDEXED BY jobs_queued_key SET state = 'superseded', updated_at = ?1,
                superseded_by = (SELECT min(n.id) FROM jobs AS n
                                 WHERE n.id >= ?2 AND n.id > jobs.id AND n.kind = 'review'
                                   AND n.coalesce_key = jobs.coalesce_key)
            WHERE state = 'queued' AND kind = 'review'
              AND coalesce_key IN (SELECT coalesce_key FROM jobs WHERE id >= ?2 AND kind = 'review')
              AND id < (SELECT max(n.id) FROM jobs AS n
                        WHERE n.id >= ?2 AND n.kind = 'review' AND n.coalesce_key = jobs.coalesce_key)
            RETURNING id, superseded_by
            """,
            [SQLiteData(now), SQLiteData(first)]
        )
        var superseded: [Int64: [Int64]] = [:]
        for row in rows {
            guard let id = row.column("id")?.integer, let by = row.column("superseded_by")?.integer else { continue }
            superseded[Int64(by), default: []].append(Int64(id))
        }
        return superseded
    }

    private static func idsByDelivery(_ rows: [SQLiteRow]) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for row in rows {
            if let id = row.column("id")?.integer, let delivery = row.column("delivery_id")?.string {
                ids[delivery] = Int64(id)
            }
        }
        return ids
    }
}
