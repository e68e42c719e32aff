import Foundation
import JobQueue
import Testing

/// Several handles (connections) on one store, as the server and the CLI use it: nothing is handed out twice.
struct ConcurrencyContractTests {
    @Test(arguments: QueueFactory.all)
    func claimersOnTwoHandlesNeverClaimAJobTwice(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, fixture in
            let total = 300
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<total {
                    // Every third job shares a pull request with others, so the key rule is exercised too.
                    let job = index % 3 == 0
                        ? NewJob(deliveryID: "d\(index)", kind: .comment, coalesceKey: "pr\(index % 10)", payload: Data())
                        : standalone("d\(index)")
                    group.addTask { _ = try await queue.enqueue(job) }
                }
                try await group.waitForAll()
            }
            let second = try await fixture.reopen()
            let handles: [any JobQueue] = [queue, second]
            let claims = try await withThrowingTaskGroup(of: [Job].self) { group in
                for worker in 0..<16 {
                    let handle = handles[worker % 2]
                    group.addTask {
                        var claimed: [Job] = []
                        var idle = 0
                        // Jobs of a busy pull request can be briefly unavailable; give up only after several misses.
                        while idle < 50 {
                            if let job = try await handle.claim(worker: "w\(worker)", lease: .seconds(600)) {
                                idle = 0
                                claimed.append(job)
                                #expect(try await handle.complete(job.id, worker: "w\(worker)"))
                            } else {
                                idle += 1
                                try await Task.sleep(for: .milliseconds(5))
                            }
                        }
                        return claimed
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            try await second.close()
            let ids = claims.map(\.id)
            #expect(ids.count == total)
            #expect(Set(ids).count == total)
            #expect(claims.allSatisfy { $0.attempts == 1 })
            #expect(try await queue.stats().counts[.done] == total)
        }
    }

    @Test(arguments: QueueFactory.all)
    func enqueuesFromTwoHandlesAreAllStored(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, fixture in
            let second = try await fixture.reopen()
            let handles: [any JobQueue] = [queue, second]
            let outcomes = try await withThrowingTaskGroup(of: EnqueueOutcome.self) { group in
                for index in 0..<400 {
                    // Each delivery arrives twice, once on each handle.
                    for handle in handles { group.addTask { try await handle.enqueue(standalone("d\(index)")) } }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            try await second.close()
            #expect(Set(outcomes.map(\.id)).count == 400)
            #expect(outcomes.filter { if case .enqueued = $0 { true } else { false } }.count == 400)
            #expect(try await queue.stats().counts[.queued] == 400)
        }
    }
}
