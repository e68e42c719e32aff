import Foundation
import JobQueue
import Testing

/// What operators and `/metrics` see: list, stats, purge, ping, close, and reopening the store.
struct AdminContractTests {
    @Test(arguments: QueueFactory.all)
    func listIsNewestFirstAndFiltersByState(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, _ in
            var ids: [Int64] = []
            for index in 0..<5 { ids.append(try await queue.enqueue(standalone("j\(index)")).id) }
            _ = try await queue.claim(worker: "w", lease: .seconds(30))
            #expect(try await queue.list(states: nil, limit: 10).map(\.id) == ids.reversed())
            #expect(try await queue.list(states: nil, limit: 2).map(\.id) == [ids[4], ids[3]])
            #expect(try await queue.list(states: [.running], limit: 10).map(\.id) == [ids[0]])
            #expect(try await queue.list(states: [.running, .queued], limit: 10).count == 5)
            #expect(try await queue.list(states: [.dead], limit: 10).isEmpty)
            #expect(try await queue.list(states: [], limit: 10).isEmpty)
        }
    }

    @Test(arguments: QueueFactory.all)
    func statsCountEveryStateAndTheOldestAvailableJob(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory, policy: RetryPolicy(minimumDelay: 100)) { queue, fixture in
            let empty = try await queue.stats()
            #expect(empty.oldestQueuedAge == nil)
            #expect(JobState.allCases.allSatisfy { (empty.counts[$0] ?? 0) == 0 })

            let failing = try await queue.enqueue(standalone("a")).id
            _ = try await queue.claim(worker: "w", lease: .seconds(30))
            _ = try await queue.fail(failing, worker: "w", error: "x", retryable: true)  // queued, not available yet
            fixture.clock.advance(by: 5)
            _ = try await queue.enqueue(review("b", pr: 1))
            _ = try await queue.enqueue(review("c", pr: 1))
            fixture.clock.advance(by: 7)

            let stats = try await queue.stats()
            #expect(stats.counts[.queued] == 2)
            #expect(stats.counts[.superseded] == 1)
            #expect((stats.counts[.running] ?? 0) == 0)
            #expect(abs((stats.oldestQueuedAge ?? 0) - 7) < 0.001)
        }
    }

    @Test(arguments: QueueFactory.all)
    func purgeDeletesOnlyTheGivenStatesOlderThanTheCutoff(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, fixture in
            let old = try await queue.enqueue(standalone("old")).id
            _ = try await queue.claim(worker: "w", lease: .seconds(30))
            _ = try await queue.complete(old, worker: "w")
            let cutoff = fixture.clock.now.addingTimeInterval(1)
            fixture.clock.advance(by: 10)
            let recent = try await queue.enqueue(standalone("recent")).id
            _ = try await queue.claim(worker: "w", lease: .seconds(30))
            _ = try await queue.complete(recent, worker: "w")
            let queued = try await queue.enqueue(standalone("queued")).id

            #expect(try await queue.purge(states: [.done], olderThan: cutoff) == 1)
            #expect(try await queue.job(old) == nil)
            #expect(try await queue.job(recent) != nil)
            #expect(try await queue.purge(states: [.done, .dead], olderThan: nil) == 1)
            #expect(try await queue.purge(states: [], olderThan: nil) == 0)
            #expect(try await queue.job(queued)?.state == .queued)
            // A purged delivery id is forgotten; ids are never reused.
            let again = try await queue.enqueue(standalone("old"))
            #expect(again == .enqueued(id: again.id, superseded: []))
            #expect(again.id > queued)
        }
    }

    @Test(arguments: QueueFactory.all)
    func reopeningKeepsEveryJobAndItsState(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, fixture in
            let running = try await queue.enqueue(review("a", pr: 1)).id
            let queued = try await queue.enqueue(review("b", pr: 2)).id
            _ = try await queue.claim(worker: "w1", lease: .seconds(30))
            try await queue.close()

            let reopened = try await fixture.reopen()
            #expect(try await reopened.enqueue(review("a", pr: 1)) == .duplicate(id: running))
            #expect(try await reopened.job(running)?.state == .running)
            #expect(try await reopened.job(running)?.leaseOwner == "w1")
            #expect(try await reopened.job(queued)?.state == .queued)
            #expect(try await reopened.complete(running, worker: "w1"))
            #expect(try await reopened.claim(worker: "w2", lease: .seconds(30))?.id == queued)
            try await reopened.close()
        }
    }

    @Test(arguments: QueueFactory.all)
    func pingAnswersAndAClosedQueueRefusesCalls(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, fixture in
            try await queue.ping()
            let other = try await fixture.reopen()
            try await other.close()
            try await other.close()
            await #expect(throws: JobQueueError.self) { try await other.ping() }
            await #expect(throws: JobQueueError.self) { try await other.enqueue(standalone("late")) }
            do {
                _ = try await other.claim(worker: "w", lease: .seconds(1))
            } catch let error as JobQueueError {
                #expect(error.code == .closed)
            }
            try await queue.ping()
        }
    }
}
