import Foundation
import JobQueue
import Testing

/// Failures: backoff with jitter, dead letters, and retry from the dead-letter state, for every store.
struct RetryContractTests {
    @Test(arguments: QueueFactory.all)
    func retryableFailureWaitsOutAJitteredBackoff(factory: QueueFactory) async throws {
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: 2, maxDelay: 600, minimumDelay: 0.5)
        for unit in [0.0, 0.5, 0.999] {
            try await QueueFixture.with(factory, policy: policy, random: { unit }) { queue, fixture in
                let id = try await queue.enqueue(standalone("a")).id
                for attempt in 1...3 {
                    _ = try #require(try await queue.claim(worker: "w", lease: .seconds(30)))
                    let start = fixture.clock.now
                    let outcome = try await queue.fail(id, worker: "w", error: "502 from host", retryable: true)
                    guard case .retrying(let at) = outcome else {
                        Issue.record("attempt \(attempt): expected retrying, got \(outcome)")
                        return
                    }
                    let delay = at.timeIntervalSince(start)
                    let ceiling = 2 * Double(1 << (attempt - 1))
                    #expect(delay >= 0.5 - 0.001 && delay <= ceiling + 0.001, "attempt \(attempt): \(delay)s")
                    #expect(abs(delay - policy.delay(afterAttempt: attempt, unit: unit)) < 0.001)

                    let waiting = try #require(try await queue.job(id))
                    #expect(waiting.state == .queued)
                    #expect(waiting.lastError == "502 from host")
                    #expect(waiting.attempts == attempt)
                    #expect(abs(waiting.availableAt.timeIntervalSince(at)) < 0.001)
                    fixture.clock.advance(by: delay - 0.01)
                    #expect(try await queue.claim(worker: "w", lease: .seconds(30)) == nil)
                    fixture.clock.advance(by: 0.02)
                }
            }
        }
    }

    @Test(arguments: QueueFactory.all)
    func jobGoesDeadAfterItsLastAttempt(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory, policy: RetryPolicy(maxAttempts: 3, minimumDelay: 0)) { queue, fixture in
            let id = try await queue.enqueue(standalone("a")).id
            var outcomes: [FailOutcome] = []
            for _ in 0..<3 {
                fixture.clock.advance(by: 1_000)
                _ = try #require(try await queue.claim(worker: "w", lease: .seconds(30)))
                outcomes.append(try await queue.fail(id, worker: "w", error: "boom", retryable: true))
            }
            #expect(outcomes.last == .dead)
            #expect(outcomes.dropLast().allSatisfy { if case .retrying = $0 { true } else { false } })
            let dead = try #require(try await queue.job(id))
            #expect(dead.state == .dead)
            #expect(dead.attempts == 3)
            #expect(dead.lastError == "boom")
            fixture.clock.advance(by: 1_000)
            #expect(try await queue.claim(worker: "w", lease: .seconds(30)) == nil)
        }
    }

    @Test(arguments: QueueFactory.all)
    func nonRetryableFailureGoesStraightToDead(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, _ in
            let id = try await queue.enqueue(review("a")).id
            _ = try await queue.claim(worker: "w", lease: .seconds(30))
            #expect(try await queue.fail(id, worker: "w", error: "404: repository not found", retryable: false) == .dead)
            let dead = try #require(try await queue.job(id))
            #expect(dead.state == .dead)
            #expect(dead.attempts == 1)
            #expect(dead.lastError == "404: repository not found")
        }
    }

    @Test(arguments: QueueFactory.all)
    func deadAndDoneJobsCanBeRetriedOthersCannot(factory: QueueFactory) async throws {
        try await QueueFixture.with(factory) { queue, _ in
            let dead = try await queue.enqueue(standalone("dead")).id
            let done = try await queue.enqueue(standalone("done")).id
            let running = try await queue.enqueue(standalone("running")).id
            let queued = try await queue.enqueue(standalone("queued")).id
            _ = try await queue.claim(worker: "w", lease: .seconds(30))
            _ = try await queue.fail(dead, worker: "w", error: "bad", retryable: false)
            _ = try await queue.claim(worker: "w", lease: .seconds(30))
            _ = try await queue.complete(done, worker: "w")
            _ = try await queue.claim(worker: "w", lease: .seconds(30))

            #expect(try await queue.retry(dead))
            #expect(try await queue.retry(done))
            #expect(try await queue.retry(running) == false)
            #expect(try await queue.retry(queued) == false)
            #expect(try await queue.retry(9_999) == false)
            let again = try #require(try await queue.job(dead))
            #expect(again.state == .queued)
            #expect(again.attempts == 0)
            #expect(try await queue.claim(worker: "w", lease: .seconds(30))?.id == dead)
        }
    }
}
