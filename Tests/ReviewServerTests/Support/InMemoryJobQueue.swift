import Foundation
import JobQueue

/// A `JobQueue` double that keeps jobs in memory, with the contract's idempotency and coalescing on enqueue.
actor InMemoryJobQueue: JobQueue {
    private(set) var jobs: [Job] = []
    private(set) var enqueueCalls = 0

    func enqueue(_ new: NewJob) async throws -> EnqueueOutcome {
        enqueueCalls += 1
        if let existing = jobs.first(where: { $0.deliveryID == new.deliveryID }) {
            return .duplicate(id: existing.id)
        }
        let id = Int64(jobs.count + 1)
        var superseded: [Int64] = []
        if new.kind == .review, let key = new.coalesceKey {
            for index in jobs.indices where jobs[index].coalesceKey == key && jobs[index].state == .queued {
                jobs[index].state = .superseded
                jobs[index].supersededBy = id
                superseded.append(jobs[index].id)
            }
        }
        let now = Date()
        jobs.append(Job(
            id: id, deliveryID: new.deliveryID, kind: new.kind, coalesceKey: new.coalesceKey, payload: new.payload,
            state: .queued, attempts: 0, maxAttempts: new.maxAttempts ?? 5, availableAt: now, leaseOwner: nil,
            leaseExpiresAt: nil, createdAt: now.addingTimeInterval(-42), updatedAt: now, lastError: nil,
            supersededBy: nil
        ))
        return .enqueued(id: id, superseded: superseded)
    }

    func claim(worker: String, lease: Duration) async throws -> Job? { nil }
    func extendLease(_ id: Int64, worker: String, lease: Duration) async throws -> Bool { false }
    func complete(_ id: Int64, worker: String) async throws -> Bool { false }
    func fail(_ id: Int64, worker: String, error: String, retryable: Bool) async throws -> FailOutcome { .leaseLost }
    func release(_ id: Int64, worker: String) async throws {}
    func job(_ id: Int64) async throws -> Job? { jobs.first { $0.id == id } }

    func list(states: Set<JobState>?, limit: Int) async throws -> [Job] {
        Array(jobs.filter { states?.contains($0.state) ?? true }.reversed().prefix(limit))
    }

    func retry(_ id: Int64) async throws -> Bool { false }
    func purge(states: Set<JobState>, olderThan: Date?) async throws -> Int { 0 }

    func stats() async throws -> QueueStats {
        let counts = Dictionary(grouping: jobs, by: \.state).mapValues(\.count)
        let oldest = jobs.filter { $0.state == .queued }.map(\.createdAt).min()
        return QueueStats(counts: counts, oldestQueuedAge: oldest.map { Date().timeIntervalSince($0) })
    }

    func ping() async throws {}
    func close() async throws {}
}

/// A store that is down: every call throws, as a full disk or a locked database would.
struct FailingJobQueue: JobQueue {
    struct StoreDown: Error {}

    func enqueue(_ job: NewJob) async throws -> EnqueueOutcome { throw StoreDown() }
    func claim(worker: String, lease: Duration) async throws -> Job? { throw StoreDown() }
    func extendLease(_ id: Int64, worker: String, lease: Duration) async throws -> Bool { throw StoreDown() }
    func complete(_ id: Int64, worker: String) async throws -> Bool { throw StoreDown() }
    func fail(_ id: Int64, worker: String, error: String, retryable: Bool) async throws -> FailOutcome { throw StoreDown() }
    func release(_ id: Int64, worker: String) async throws { throw StoreDown() }
    func job(_ id: Int64) async throws -> Job? { throw StoreDown() }
    func list(states: Set<JobState>?, limit: Int) async throws -> [Job] { throw StoreDown() }
    func retry(_ id: Int64) async throws -> Bool { throw StoreDown() }
    func purge(states: Set<JobState>, olderThan: Date?) async throws -> Int { throw StoreDown() }
    func stats() async throws -> QueueStats { throw StoreDown() }
    func ping() async throws { throw StoreDown() }
    func close() async throws {}
}
