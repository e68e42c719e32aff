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

/// Claimers on three handles racing for the jobs of ten pull requests: one job per pull request runs at a time.
struct KeyExclusionContractTests {
    /// The keys held by a running job right now, and every moment two jobs of one key ran together.
    actor Running {
        var keys: Set<String> = []
        var overlaps: [String] = []
        func start(_ key: String) {
            if !keys.insert(key).inserted { overlaps.append(key) }
        }
        func finish(_ key: String) { keys.remove(key) }
    }

    @Test(arguments: QueueFactory.all)
    func jobsOfOnePullRequestNeverRunTogetherAcrossHandles(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, fixture in
            for index in 0..<80 {
                _ = try await queue.enqueue(
                    NewJob(deliveryID: "k\(index)", kind: .comment, coalesceKey: "pr\(index % 10)", payload: Data()))
            }
            let handles: [any JobQueue] = [queue, try await fixture.reopen(), try await fixture.reopen()]
            let running = Running()
            let done = try await withThrowingTaskGroup(of: Int.self) { group in
                for worker in 0..<12 {
                    let handle = handles[worker % handles.count]
                    group.addTask {
                        var count = 0, idle = 0
                        while idle < 60 {
                            guard let job = try await handle.claim(worker: "w\(worker)", lease: .seconds(600)) else {
                                idle += 1
                                try await Task.sleep(for: .milliseconds(5))
                                continue
                            }
                            idle = 0
                            let key = job.coalesceKey ?? ""
                            await running.start(key)
                            try await Task.sleep(for: .milliseconds(2))
                            await running.finish(key)
                            #expect(try await handle.complete(job.id, worker: "w\(worker)"))
                            count += 1
                        }
                        return count
                    }
                }
                return try await group.reduce(0, +)
            }
            for handle in handles.dropFirst() { try await handle.close() }
            #expect(done == 80)
            let overlaps = await running.overlaps
            #expect(overlaps.isEmpty, "ran together: \(overlaps)")
        }
    }
}
