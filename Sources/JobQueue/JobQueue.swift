import Foundation

/// A durable job queue with leases, retries, dead letters, coalescing and delivery-id idempotency.
/// SQLite (``SQLiteJobQueue``) is the single-machine default; every store passes the same contract tests.
///
/// Contract:
/// - ``enqueue(_:)`` returns only once the job is durable (survives `kill -9` of the process).
/// - A second enqueue with the same ``NewJob/deliveryID`` returns ``EnqueueOutcome/duplicate(id:)``.
/// - A `review` job with a coalesce key marks older *queued* jobs with that key ``JobState/superseded``.
/// - ``claim(worker:lease:)`` never hands out a job whose coalesce key has another job running under a live lease,
///   so one pull request is reviewed by one worker at a time. A running job whose lease expired is claimable
///   again (its attempt counted); one that has used up its attempts goes to ``JobState/dead`` instead.
/// - ``complete(_:worker:)`` and ``fail(_:worker:error:retryable:)`` only act while the caller holds the lease.
public protocol JobQueue: Sendable {
    /// Stores a job durably, or recognises a redelivery.
    func enqueue(_ job: NewJob) async throws -> EnqueueOutcome
    /// Claims the oldest available job for `worker` for `lease`, or returns `nil` when none is available.
    func claim(worker: String, lease: Duration) async throws -> Job?
    /// Extends a held lease (a heartbeat for long jobs). Returns `false` when the lease was lost.
    func extendLease(_ id: Int64, worker: String, lease: Duration) async throws -> Bool
    /// Marks a held job done. Returns `false` when the lease was lost.
    func complete(_ id: Int64, worker: String) async throws -> Bool
    /// Records a failure: retry with backoff while attempts remain and `retryable`, else dead.
    func fail(_ id: Int64, worker: String, error: String, retryable: Bool) async throws -> FailOutcome
    /// Gives a held job back without counting the attempt (graceful shutdown).
    func release(_ id: Int64, worker: String) async throws
    /// One job by id.
    func job(_ id: Int64) async throws -> Job?
    /// Jobs, newest first, optionally only in some states.
    func list(states: Set<JobState>?, limit: Int) async throws -> [Job]
    /// Puts a dead (or done) job back in the queue with its attempts reset. Returns `false` if there is no such job
    /// or it is queued or running.
    func retry(_ id: Int64) async throws -> Bool
    /// Deletes jobs in `states` last updated before `olderThan` (all of them when `nil`). Returns how many.
    func purge(states: Set<JobState>, olderThan: Date?) async throws -> Int
    /// Counts per state and the age of the oldest available job.
    func stats() async throws -> QueueStats
    /// Checks that the store answers (for `/readyz`).
    func ping() async throws
    /// Closes the store's connections.
    func close() async throws
}
