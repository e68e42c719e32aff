import Foundation
import Hosts
import JobQueue
import Logging
import ReviewService
import Synchronization
import Testing

/// A handler that fails with a scripted error a few times, then succeeds.
final class ScriptedHandler: JobHandler, Sendable {
    let errors: Mutex<[any Error]>
    let runs = Mutex(0)
    let delay: Duration

    init(errors: [any Error], delay: Duration = .zero) {
        self.errors = Mutex(errors)
        self.delay = delay
    }

    func handle(_ job: Job, logger: Logger) async throws {
        runs.withLock { $0 += 1 }
        if delay > .zero { try await Task.sleep(for: delay) }
        if let error = errors.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) { throw error }
    }
}

@Suite struct ReviewWorkerTests {
    let logger = Logger(label: "test")

    func queue(maxAttempts: Int = 3) async throws -> SQLiteJobQueue {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("worker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try await SQLiteJobQueue.open(
            path: directory.appendingPathComponent("queue.sqlite").path,
            policy: RetryPolicy(maxAttempts: maxAttempts, baseDelay: 0.05, maxDelay: 0.1, minimumDelay: 0.01),
            logger: logger)
    }

    func settings(concurrency: Int = 1, grace: Duration = .seconds(5)) -> WorkerSettings {
        WorkerSettings(concurrency: concurrency, lease: .seconds(30), pollInterval: .milliseconds(20), shutdownGrace: grace, workerID: "w1")
    }

    func run(_ worker: ReviewWorker, until condition: @escaping @Sendable () async throws -> Bool) async throws {
        let task = Task { await worker.run() }
        let deadline = ContinuousClock.now + .seconds(30)
        while try await !condition(), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        worker.stop()
        await task.value
    }

    @Test func retryableHostErrorsAreRetriedUntilTheJobSucceeds() async throws {
        let queue = try await queue()
        let id = try await queue.enqueue(NewJob(deliveryID: "github:1", kind: .review, coalesceKey: "k", payload: Data())).id
        let handler = ScriptedHandler(errors: [
            HostAPIError(kind: .serverError, status: 502, request: "GET /x", message: "bad gateway"),
            HostAPIError(kind: .rateLimited, status: 429, request: "GET /x", message: "slow down", retryAfter: 1),
        ])
        let worker = ReviewWorker(queue: queue, handler: handler, settings: settings(), logger: logger)
        try await run(worker) { try await queue.job(id)?.state == .done }
        #expect(try await queue.job(id)?.state == .done)
        #expect(handler.runs.withLock { $0 } == 3)
        try await queue.close()
    }

    @Test(arguments: [
        HostAPIError(kind: .unauthorized, status: 401, request: "GET /x", message: "Bad credentials") as any Error,
        HostAPIError(kind: .notFound, status: 404, request: "GET /x", message: "Not Found"),
        ReviewServiceError.noCredentials(.gitlab),
    ])
    func unrecoverableErrorsGoStraightToTheDeadLetters(error: any Error) async throws {
        let queue = try await queue()
        let id = try await queue.enqueue(NewJob(deliveryID: "github:2", kind: .review, coalesceKey: "k", payload: Data())).id
        let handler = ScriptedHandler(errors: [error, error, error])
        let worker = ReviewWorker(queue: queue, handler: handler, settings: settings(), logger: logger)
        try await run(worker) { try await queue.job(id)?.state == .dead }
        let job = try #require(try await queue.job(id))
        #expect(job.state == .dead)
        #expect(job.attempts == 1)
        #expect(job.lastError?.isEmpty == false)
        try await queue.close()
    }

    @Test func anUndecodablePayloadIsDeadWithAClearReason() async throws {
        let queue = try await queue()
        let id = try await queue.enqueue(NewJob(deliveryID: "github:3", kind: .review, coalesceKey: nil, payload: Data("{".utf8))).id
        let pipeline = ReviewPipeline(hosts: StaticHostResolver([:]), catalog: try CatalogProvider(directory: nil))
        let worker = ReviewWorker(queue: queue, handler: ReviewJobHandler(pipeline: pipeline), settings: settings(), logger: logger)
        try await run(worker) { try await queue.job(id)?.state == .dead }
        #expect(try await queue.job(id)?.lastError?.contains("does not decode") == true)
        try await queue.close()
    }

    @Test func stopReleasesJobsThatOutliveTheGracePeriod() async throws {
        let queue = try await queue()
        let id = try await queue.enqueue(NewJob(deliveryID: "github:4", kind: .review, coalesceKey: "k", payload: Data())).id
        let handler = ScriptedHandler(errors: [], delay: .seconds(60))
        let worker = ReviewWorker(queue: queue, handler: handler, settings: settings(grace: .milliseconds(200)), logger: logger)
        try await run(worker) { handler.runs.withLock { $0 } == 1 }
        let job = try #require(try await queue.job(id))
        #expect(job.state == .queued)
        #expect(job.attempts == 0)
        try await queue.close()
    }

    @Test func catalogReloadKeepsThePreviousChecklistsOnAnInvalidEdit() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("checklists-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let source = ServerProcessPaths.repositoryRoot.appendingPathComponent("checklists/async.yaml")
        try FileManager.default.copyItem(at: source, to: directory.appendingPathComponent("async.yaml"))
        let provider = try CatalogProvider(directory: directory.path)
        let count = provider.current.rules.count
        let before = provider.directoryStamp()
        try Data("rules: [oops\n".utf8).write(to: directory.appendingPathComponent("broken.yaml"))
        #expect(provider.directoryStamp() != before)
        let error = provider.reload(logger: logger)
        #expect(error.map { "\($0)".contains("broken.yaml") } == true)
        #expect(provider.current.rules.count == count)
        try FileManager.default.removeItem(at: directory.appendingPathComponent("broken.yaml"))
        #expect(provider.reload(logger: logger) == nil)
    }
}

enum ServerProcessPaths {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
