import ReviewService
import ServiceLifecycle

/// Runs the worker pool inside the service group: graceful shutdown stops claiming and lets jobs in flight
/// finish (or releases them back to the queue after the grace period).
struct WorkerService: Service {
    let worker: ReviewWorker

    func run() async throws {
        await withGracefulShutdownHandler {
            await worker.run()
        } onGracefulShutdown: {
            worker.stop()
        }
    }
}
