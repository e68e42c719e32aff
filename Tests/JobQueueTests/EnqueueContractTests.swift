import Foundation
import JobQueue
import Testing

/// Enqueue, delivery-id idempotency and coalescing, for every store.
struct EnqueueContractTests {
    @Test(arguments: QueueFactory.all)
    func storesAJobAndRecognisesItsRedelivery(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, fixture in
            let first = try await queue.enqueue(review("github:d1", payload: #"{"number":1}"#))
            guard case .enqueued(let id, let superseded) = first else {
                Issue.record("expected enqueued, got \(first)")
                return
            }
            #expect(superseded.isEmpty)
            #expect(try await queue.enqueue(review("github:d1", payload: "changed")) == .duplicate(id: id))

            let job = try #require(try await queue.job(id))
            #expect(job.deliveryID == "github:d1")
            #expect(job.kind == .review)
            #expect(job.coalesceKey == "github:acme/api#1")
            #expect(job.payload == Data(#"{"number":1}"#.utf8))
            #expect(job.state == .queued)
            #expect(job.attempts == 0)
            #expect(job.maxAttempts == fixture.policy.maxAttempts)
            #expect(abs(job.availableAt.timeIntervalSince(fixture.clock.now)) < 0.001)
            #expect(abs(job.createdAt.timeIntervalSince(fixture.clock.now)) < 0.001)
            #expect(job.leaseOwner == nil && job.leaseExpiresAt == nil && job.lastError == nil)
        }
    }

    @Test(arguments: QueueFactory.all)
    func concurrentRedeliveriesCreateOneJob(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, _ in
            let outcomes = try await withThrowingTaskGroup(of: EnqueueOutcome.self) { group in
                for _ in 0..<40 { group.addTask { try await queue.enqueue(review("github:same")) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(outcomes.map(\.id)).count == 1)
            #expect(outcomes.filter { if case .enqueued = $0 { true } else { false } }.count == 1)
            #expect(try await queue.list(states: nil, limit: 100).count == 1)
        }
    }

    @Test(arguments: QueueFactory.all)
    func concurrentEnqueuesAllGetDistinctDurableJobs(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, fixture in
            let ids = try await withThrowingTaskGroup(of: Int64.self) { group in
                for index in 0..<500 {
                    group.addTask { try await queue.enqueue(review("github:\(index)", pr: index)).id }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(ids).count == 500)
            let other = try await fixture.reopen()
            #expect(try await other.stats().counts[.queued] == 500)
            try await other.close()
        }
    }

    @Test(arguments: QueueFactory.all)
    func largePayloadsArrivingTogetherAreStoredIntact(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, _ in
            let payloads = (0..<12).map { Data(repeating: UInt8($0), count: 3 << 20) }
            let ids = try await withThrowingTaskGroup(of: (Int, Int64).self) { group in
                for (index, payload) in payloads.enumerated() {
                    let job = NewJob(deliveryID: "big\(index)", kind: .comment, coalesceKey: nil, payload: payload)
                    group.addTask { (index, try await queue.enqueue(job).id) }
                }
                return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
            }
            #expect(Set(ids.values).count == payloads.count)
            for (index, id) in ids where index % 5 == 0 {
                #expect(try await queue.job(id)?.payload == payloads[index])
            }
        }
    }

    @Test(arguments: QueueFactory.all)
    func emptyPayloadAndAttemptOverrideAreKept(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, _ in
            let job = NewJob(deliveryID: "gitlab:x", kind: .comment, coalesceKey: nil, payload: Data(), maxAttempts: 2)
            let id = try await queue.enqueue(job).id
            let stored = try #require(try await queue.job(id))
            #expect(stored.payload.isEmpty)
            #expect(stored.maxAttempts == 2)
            #expect(stored.coalesceKey == nil)
        }
    }

    @Test(arguments: QueueFactory.all)
    func newerReviewSupersedesQueuedOnesOfItsPullRequest(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, _ in
            let older = try await queue.enqueue(review("github:a", pr: 7)).id
            let otherPR = try await queue.enqueue(review("github:b", pr: 8)).id
            let comment = try await queue.enqueue(
                NewJob(deliveryID: "github:c", kind: .comment, coalesceKey: "github:acme/api#7", payload: Data())
            ).id
            let newer = try await queue.enqueue(review("github:d", pr: 7))
            #expect(newer == .enqueued(id: newer.id, superseded: [older]))

            let replaced = try #require(try await queue.job(older))
            #expect(replaced.state == .superseded)
            #expect(replaced.supersededBy == newer.id)
            // Comments carry a user's command: they wait for their turn but are never dropped.
            #expect(try await queue.job(comment)?.state == .queued)
            #expect(try await queue.job(otherPR)?.state == .queued)

            let newest = try await queue.enqueue(review("github:e", pr: 7))
            #expect(newest == .enqueued(id: newest.id, superseded: [newer.id]))
        }
    }

    @Test(arguments: QueueFactory.all)
    func reviewsOfOnePullRequestInOneBatchChainTheirSupersession(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, _ in
            let outcomes = try await withThrowingTaskGroup(of: EnqueueOutcome.self) { group in
                for index in 0..<30 { group.addTask { try await queue.enqueue(review("github:push\(index)", pr: 3)) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let jobs = try await queue.list(states: nil, limit: 100)
            #expect(jobs.count == 30)
            #expect(jobs.filter { $0.state == .queued }.map(\.id) == [outcomes.map(\.id).max()])
            // Whatever the batching, each superseded job points at a newer one and is reported exactly once.
            let reported = outcomes.flatMap { outcome -> [Int64] in
                if case .enqueued(_, let ids) = outcome { ids } else { [] }
            }
            #expect(reported.sorted() == jobs.filter { $0.state == .superseded }.map(\.id).sorted())
            for job in jobs where job.state == .superseded {
                #expect((job.supersededBy ?? 0) > job.id)
            }
        }
    }
}
