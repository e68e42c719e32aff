import Foundation
import Logging
import SQLiteNIO

/// Copies the WAL back into the database file on a connection and thread of its own.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses the threshold and fsyncs twice, which
/// stalled every enqueue waiting behind that commit (p99 25 ms instead of 8 ms in `backend-review-bench queue`).
/// Here the writer's automatic checkpoint is off and a `PASSIVE` checkpoint, which never blocks writers, runs
/// shortly after writes. The WAL is reused from its start once a checkpoint has copied all of it.
final class SQLiteCheckpointer: Sendable {
    /// Writes within this long share one checkpoint.
    static let delay: Duration = .milliseconds(100)

    private let connection: SQLiteConnection
    private let threadPool: NIOThreadPool
    private let signal: AsyncStream<Void>.Continuation
    private let loop: Task<Void, Never>

    private init(connection: SQLiteConnection, threadPool: NIOThreadPool, logger: Logger) {
        self.connection = connection
        self.threadPool = threadPool
        let (signals, signal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        self.signal = signal
        loop = Task {
            for await _ in signals {
                try? await Task.sleep(for: Self.delay)
                do {
                    try await connection.rows("PRAGMA wal_checkpoint(PASSIVE)")
                } catch {
                    // The next write tries again; the WAL only grows meanwhile.
                    logger.warning("queue checkpoint failed", metadata: ["queue.error": "\(error)"])
                }
            }
        }
    }

    /// Opens a second connection to the (already WAL-mode) file at `path`.
    static func open(path: String, logger: Logger) async throws -> SQLiteCheckpointer {
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        do {
            let connection = try await SQLiteConnection.open(
                storage: .file(path: path), threadPool: threadPool, logger: logger,
                on: MultiThreadedEventLoopGroup.singleton.any()
            )
            do {
                try await connection.rows("PRAGMA busy_timeout = \(SQLiteJobQueue.busyTimeoutMilliseconds)")
            } catch {
                try? await connection.close()
                throw error
            }
            return SQLiteCheckpointer(connection: connection, threadPool: threadPool, logger: logger)
        } catch {
            try? await threadPool.shutdownGracefully()
            throw JobQueueError.cannotOpen(path: path, reason: SQLiteSerialConnection.reason(error))
        }
    }

    /// Asks for a checkpoint soon; cheap to call after every transaction.
    func noteWrite() {
        signal.yield()
    }

    /// Runs the pending checkpoint, then closes the connection and its thread.
    func close() async {
        signal.finish()
        await loop.value
        try? await connection.close()
        try? await threadPool.shutdownGracefully()
    }
}
