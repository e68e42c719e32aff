import Foundation
import Logging
import ReviewService
import ServiceLifecycle
import UnixSignals

/// Reloads the admins' checklists without a restart: on SIGHUP, and when a file in the directory changes
/// (polled, which works on every file system). An invalid edit keeps the previous checklists.
struct ChecklistReloadService: Service {
    let catalog: CatalogProvider
    let logger: Logger
    var pollInterval: Duration = .seconds(2)

    func run() async throws {
        // The service group stops when a service returns, so with nothing to watch this one just waits.
        guard catalog.directory != nil else { try? await gracefulShutdown(); return }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
                    logger.info("SIGHUP: reloading checklists")
                    catalog.reload(logger: logger)
                }
            }
            group.addTask {
                var stamp = catalog.directoryStamp()
                while !Task.isCancelled && !Task.isShuttingDownGracefully {
                    try? await Task.sleep(for: pollInterval)
                    let now = catalog.directoryStamp()
                    if now != stamp {
                        stamp = now
                        catalog.reload(logger: logger)
                    }
                }
            }
            try? await gracefulShutdown()
            group.cancelAll()
        }
    }
}
