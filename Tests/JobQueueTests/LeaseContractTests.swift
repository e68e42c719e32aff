import Foundation
import JobQueue
import Testing

/// Claims, leases, one running job per pull request, and the lease-lost paths, for every store.
struct LeaseContractTests {
    @Test(arguments: QueueFactory.all)
    func claimsOldestFirstAndCompletes(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, fixture in
            let first = try await queue.enqueue(standalone("a")).id
            let second = try await queue.enqueue(standalone("b")).id
            let job = try #require(try await queue.claim(worker: "w1", lease: .seconds(30)))
            #expect(job.id == first)
            #expect(job.state == .running)
            #expect(job.attempts == 1)
            #expect(job.leaseOwner == "w1")
            #expect(abs((job.leaseExpiresAt ?? .distantPast).timeIntervalSince(fixture.clock.now) - 30) < 0.001)
            #expect(try await queue.complete(first, worker: "w1"))
            #expect(try await queue.job(first)?.state == .done)
            #expect(try await queue.claim(worker: "w1", lease: .seconds(30))?.id == second)
            #expect(try await queue.claim(worker: "w1", lease: .seconds(30)) == nil)
        }
    }

    @Test(arguments: QueueFactory.all)
    func onePullRequestRunsOneJobAtATime(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, _ in
            let older = try await queue.enqueue(review("a", pr: 1)).id
            #expect(try await queue.claim(worker: "w1", lease: .seconds(60))?.id == older)
            // A running job is not superseded: the newer push waits for it.
            let newer = try await queue.enqueue(review("b", pr: 1))
            #expect(newer == .enqueued(id: newer.id, superseded: []))
            let comment = try await queue.enqueue(
                NewJob(deliveryID: "c", kind: .comment, coalesceKey: "github:acme/api#1", payload: Data())
            ).id
            let otherPR = try await queue.enqueue(review("d", pr: 2)).id

            #expect(try await queue.claim(worker: "w2", lease: .seconds(60))?.id == otherPR)
            #expect(try await queue.claim(worker: "w2", lease: .seconds(60)) == nil)
            #expect(try await queue.complete(older, worker: "w1"))
            #expect(try await queue.claim(worker: "w2", lease: .seconds(60))?.id == newer.id)
            #expect(try await queue.claim(worker: "w3", lease: .seconds(60)) == nil)
            #expect(try await queue.complete(newer.id, worker: "w2"))
            #expect(try await queue.claim(worker: "w3", lease: .seconds(60))?.id == comment)
        }
    }

    @Test(arguments: QueueFactory.all)
    func expiredLeaseIsReclaimedAndTheOldWorkerLosesIt(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, fixture in
            let id = try await queue.enqueue(review("a")).id
            let blocked = try await queue.enqueue(
                NewJob(deliveryID: "c", kind: .comment, coalesceKey: "github:acme/api#1", payload: Data())
            ).id
            _ = try #require(try await queue.claim(worker: "w1", lease: .seconds(30)))
            fixture.clock.advance(by: 29)
            #expect(try await queue.claim(worker: "w2", lease: .seconds(30)) == nil)
            fixture.clock.advance(by: 2)

            let again = try #require(try await queue.claim(worker: "w2", lease: .seconds(30)))
            #expect(again.id == id)
            #expect(again.attempts == 2)
            #expect(again.leaseOwner == "w2")
            // The reclaimed job holds its pull request again, so the comment still waits.
            #expect(try await queue.claim(worker: "w3", lease: .seconds(30)) == nil)

            #expect(try await queue.complete(id, worker: "w1") == false)
            #expect(try await queue.extendLease(id, worker: "w1", lease: .seconds(30)) == false)
            #expect(try await queue.fail(id, worker: "w1", error: "late", retryable: true) == .leaseLost)
            try await queue.release(id, worker: "w1")
            #expect(try await queue.job(id)?.state == .running)
            #expect(try await queue.job(id)?.leaseOwner == "w2")

            #expect(try await queue.complete(id, worker: "w2"))
            #expect(try await queue.claim(worker: "w3", lease: .seconds(30))?.id == blocked)
        }
    }

    @Test(arguments: QueueFactory.all)
    func extendedLeaseIsNotReclaimed(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, fixture in
            let id = try await queue.enqueue(standalone("a")).id
            _ = try await queue.claim(worker: "w1", lease: .seconds(30))
            fixture.clock.advance(by: 20)
            #expect(try await queue.extendLease(id, worker: "w1", lease: .seconds(30)))
            fixture.clock.advance(by: 20)
            #expect(try await queue.claim(worker: "w2", lease: .seconds(30)) == nil)
            #expect(try await queue.complete(id, worker: "w1"))
        }
    }

    @Test(arguments: QueueFactory.all)
    func expiredLeaseAfterTheLastAttemptGoesDead(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory, policy: RetryPolicy(maxAttempts: 2)) { queue, fixture in
            let id = try await queue.enqueue(standalone("a")).id
            for _ in 0..<2 {
                #expect(try await queue.claim(worker: "crashy", lease: .seconds(10))?.id == id)
                fixture.clock.advance(by: 11)
            }
            #expect(try await queue.claim(worker: "w", lease: .seconds(10)) == nil)
            let dead = try #require(try await queue.job(id))
            #expect(dead.state == .dead)
            #expect(dead.attempts == 2)
            #expect(dead.lastError == "lease expired after 2 attempts")
            #expect(dead.leaseOwner == nil)
        }
    }

    @Test(arguments: QueueFactory.all)
    func releaseGivesTheJobBackWithoutCountingTheAttempt(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, _ in
            let id = try await queue.enqueue(review("a")).id
            _ = try await queue.claim(worker: "w1", lease: .seconds(30))
            try await queue.release(id, worker: "someone-else")
            #expect(try await queue.job(id)?.state == .running)
            try await queue.release(id, worker: "w1")
            let released = try #require(try await queue.job(id))
            #expect(released.state == .queued)
            #expect(released.attempts == 0)
            #expect(released.leaseOwner == nil)
            #expect(try await queue.claim(worker: "w2", lease: .seconds(30))?.attempts == 1)
        }
    }
}
