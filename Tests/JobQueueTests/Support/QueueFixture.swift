import Foundation
import JobQueue

/// A store in a fresh temp directory with a hand-moved clock; ``reopen()`` opens another handle on the same store.
struct QueueFixture: Sendable {
    let factory: QueueFactory
    let directory: URL
    let clock: TestClock
    let policy: RetryPolicy
    let random: @Sendable () -> Double

    /// Runs `body` with an open queue, then closes every handle and removes the directory.
    static func with(
        _ factory: QueueFactory, policy: RetryPolicy = RetryPolicy(), random: @escaping @Sendable () -> Double = { 0.5 },
        _ body: (any JobQueue, QueueFixture) async throws -> Void
    ) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jq-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fixture = QueueFixture(factory: factory, directory: directory, clock: TestClock(), policy: policy, random: random)
        let queue = try await fixture.reopen()
        do {
            try await body(queue, fixture)
        } catch {
            try? await queue.close()
            await factory.remove(directory)
            throw error
        }
        try await queue.close()
        await factory.remove(directory)
    }

    /// Another handle (another connection) on the same store; the caller closes it.
    func reopen() async throws -> any JobQueue {
        try await factory.open(directory, policy, clock, random)
    }
}

/// A review job for pull request `pr` with delivery id `delivery`.
func review(_ delivery: String, pr: Int = 1, payload: String = "{}") -> NewJob {
    NewJob(deliveryID: delivery, kind: .review, coalesceKey: "github:acme/api#\(pr)", payload: Data(payload.utf8))
}

/// A job with no coalesce key.
func standalone(_ delivery: String) -> NewJob {
    NewJob(deliveryID: delivery, kind: .comment, coalesceKey: nil, payload: Data("{}".utf8))
}
