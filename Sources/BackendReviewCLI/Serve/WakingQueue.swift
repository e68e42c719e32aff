import Foundation
import JobQueue
import ReviewService

/// The queue as the intake sees it: a stored job wakes this process's idle workers at once, so a delivery
/// doesn't wait for the next poll.
struct WakingQueue: JobQueue {
    let base: any JobQueue
    let signal: WakeSignal

    func enqueue(_ job: NewJob) async throws -> EnqueueOutcome {
        let outcome = try await base.enqueue(job)
        if case .enqueued = outcome { signal.wake() }
        return outcome
    }

    func claim(worker: String, lease: Duration) async throws -> Job? { try await base.claim(worker: worker, lease: lease) }
    func extendLease(_ id: Int64, worker: String, lease: Duration) async throws -> Bool {
        try await base.extendLease(id, worker: worker, lease: lease)
    }
    func complete(_ id: Int64, worker: String) async throws -> Bool { try await base.complete(id, worker: worker) }
    func fail(_ id: Int64, worker: String, error: String, retryable: Bool) async throws -> FailOutcome {
        try await base.fail(id, worker: worker, error: error, retryable: retryable)
    }
    func release(_ id: Int64, worker: String) async throws { try await base.release(id, worker: worker) }
    func job(_ id: Int64) async throws -> Job? { try await base.job(id) }
    func list(states: Set<JobState>?, limit: Int) async throws -> [Job] { try await base.list(states: states, limit: limit) }
    func retry(_ id: Int64) async throws -> Bool { try await base.retry(id) }
    func purge(states: Set<JobState>, olderThan: Date?) async throws -> Int {
        try await base.purge(states: states, olderThan: olderThan)
    }
    func stats() async throws -> QueueStats { try await base.stats() }
    func ping() async throws { try await base.ping() }
    func close() async throws { try await base.close() }
}
