import Foundation
import Hosts
import JobQueue
import Logging
import Metrics
import Synchronization

/// Claims jobs from the queue and runs them, `concurrency` at a time, until stopped.
///
/// - A heartbeat extends the lease while a job runs; if the lease is lost, the job is abandoned (another
///   worker owns it now).
/// - Failures retry with backoff (the queue's policy) when retrying can help: host 5xx, rate limits, network.
///   401, 404, invalid payloads and missing credentials go to the dead letters at once, with one log line.
/// - ``stop()`` stops claiming; jobs in flight get ``WorkerSettings/shutdownGrace`` to finish, then are
///   released back to the queue without counting the attempt.
public final class ReviewWorker: Sendable {
    private let queue: any JobQueue
    private let handler: any JobHandler
    private let settings: WorkerSettings
    private let logger: Logger
    /// Wakes idle slots; give it to the intake.
    public let signal: WakeSignal
    private let stopping = Mutex(false)
    private let inFlight = Mutex<[Int64: Task<Void, any Error>]>([:])

    /// Creates a worker pool.
    public init(queue: any JobQueue, handler: any JobHandler, settings: WorkerSettings, logger: Logger, signal: WakeSignal = WakeSignal()) {
        self.queue = queue
        self.handler = handler
        self.settings = settings
        self.logger = logger
        self.signal = signal
    }

    /// Runs the slots until ``stop()`` (or cancellation) and every job in flight has finished or been released.
    public func run() async {
        await withTaskGroup(of: Void.self) { group in
            for slot in 0..<max(1, settings.concurrency) {
                group.addTask { await self.slotLoop(slot) }
            }
        }
    }

    /// Stops claiming and starts the shutdown grace period for jobs in flight.
    public func stop() {
        let first = stopping.withLock { stopping -> Bool in
            defer { stopping = true }
            return !stopping
        }
        guard first else { return }
        signal.wake()
        let grace = settings.shutdownGrace
        Task {
            try? await Task.sleep(for: grace)
            let tasks = self.inFlight.withLock { Array($0.values) }
            for task in tasks { task.cancel() }
        }
    }

    private var isStopping: Bool { stopping.withLock { $0 } || Task.isCancelled }

    private func slotLoop(_ slot: Int) async {
        while !isStopping {
            do {
                if let job = try await queue.claim(worker: settings.workerID, lease: settings.lease) {
                    await process(job)
                } else {
                    await signal.wait(timeout: settings.pollInterval)
                }
            } catch {
                logger.error("queue unavailable; retrying", metadata: ["error": "\(error)"])
                await signal.wait(timeout: .seconds(1))
            }
        }
    }

    private func process(_ job: Job) async {
        var logger = self.logger
        logger[metadataKey: "job.id"] = "\(job.id)"
        logger[metadataKey: "webhook.delivery"] = "\(job.deliveryID)"
        let started = ContinuousClock.now
        let work = Task { try await handler.handle(job, logger: logger) }
        inFlight.withLock { $0[job.id] = work }
        let heartbeat = Task { await self.heartbeat(job, work: work, logger: logger) }
        let result = await work.result
        heartbeat.cancel()
        inFlight.withLock { _ = $0.removeValue(forKey: job.id) }
        Timer(label: "backend_review_job_duration_seconds", dimensions: [("kind", job.kind.rawValue)])
            .record(duration: ContinuousClock.now - started)
        do {
            switch result {
            case .success:
                if try await !queue.complete(job.id, worker: settings.workerID) {
                    logger.warning("job finished after its lease was lost; another worker owns it")
                }
            case .failure(let error) where work.isCancelled:
                try await queue.release(job.id, worker: settings.workerID)
                logger.info("job released for another worker", metadata: ["error": "\(error)"])
            case .failure(let error):
                try await fail(job, error: error, logger: logger)
            }
        } catch {
            logger.error("could not record the job's outcome; its lease will expire", metadata: ["error": "\(error)"])
        }
    }

    private func fail(_ job: Job, error: any Error, logger: Logger) async throws {
        let retryable = Self.isRetryable(error)
        let outcome = try await queue.fail(job.id, worker: settings.workerID, error: "\(error)", retryable: retryable)
        switch outcome {
        case .retrying(let at):
            Counter(label: "backend_review_retries_total", dimensions: [("kind", job.kind.rawValue)]).increment()
            logger.warning("job failed; will retry", metadata: [
                "error": "\(error)", "job.attempt": "\(job.attempts)", "job.retry_at": "\(at)",
            ])
        case .dead:
            Counter(label: "backend_review_dead_letters_total", dimensions: [("kind", job.kind.rawValue)]).increment()
            logger.error("job failed for good (dead letter)", metadata: [
                "error": "\(error)", "job.attempt": "\(job.attempts)",
            ])
        case .leaseLost:
            logger.warning("job failed after its lease was lost", metadata: ["error": "\(error)"])
        }
    }

    /// Host 5xx, rate limits and network failures can pass; configuration and payload problems cannot.
    static func isRetryable(_ error: any Error) -> Bool {
        switch error {
        case let error as HostAPIError: error.isRetryable
        case is ReviewServiceError: false
        default: true
        }
    }

    private func heartbeat(_ job: Job, work: Task<Void, any Error>, logger: Logger) async {
        let interval = settings.lease / 3
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
                if try await !queue.extendLease(job.id, worker: settings.workerID, lease: settings.lease) {
                    logger.warning("lease lost; abandoning the job")
                    work.cancel()
                    return
                }
            } catch is CancellationError {
                return
            } catch {
                logger.warning("lease heartbeat failed", metadata: ["error": "\(error)"])
            }
        }
    }
}
