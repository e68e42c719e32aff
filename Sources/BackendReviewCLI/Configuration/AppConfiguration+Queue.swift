import Foundation
import JobQueue
import Logging

extension AppConfiguration {
    /// Opens the queue the configuration names: `DATA/queue.sqlite`, or the PostgreSQL database shared by replicas
    /// (its schema migrated at start-up, safely when replicas start together).
    func openQueue(logger: Logger) async throws -> any JobQueue {
        do {
            switch queue {
            case .sqlite:
                try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
                return try await SQLiteJobQueue.open(
                    path: dataDirectory + "/" + SQLiteJobQueue.defaultFileName, policy: retryPolicy, logger: logger)
            case .postgres(let url):
                // Every worker holds a connection while it claims or finishes; intake and the sweeper need a few more.
                return try await PostgresJobQueue.open(
                    url: url, policy: retryPolicy, maximumConnections: worker.concurrency + 4, logger: logger)
            }
        } catch let error as JobQueueError {
            throw CLIError(error.description)
        }
    }
}
