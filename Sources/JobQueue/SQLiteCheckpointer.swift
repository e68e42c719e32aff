import Foundation
import Logging
import SQLiteNIO

/// Copies the WAL back into the database file on a connection and thread of its own.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses the threshold and fsyncs twice, which
/// stalled every enqueue waiting behind that commit (`backend-review-bench queue`: p99 about 25 ms, against
/// about 12 ms without it).
/// Here the writer's automatic checkpoint is off and a `PASSIVE` checkpoint, which never blocks writers, runs
/// shortly after writes.
///
/// Under sustained writes a passive checkpoint never catches up (frames land while it copies), and the WAL only
/// starts over once a checkpoint copied all of it, so it would grow without bound (460 MB for 40,000 jobs). Once
/// it passes ``restartFrames`` a second checkpoint runs while the queue holds its writes: it copies only the
/// frames written during the first one, and the next commit starts the WAL from the beginning.
final class SQLiteCheckpointer: Sendable {
    /// Runs `body` while no write of this queue can commit.
    typealias Exclusive = @Sendable (_ body: @escaping @Sendable () async throws -> Void) async throws -> Void

    /// Writes within this long share one checkpoint.
    static let delay: Duration = .milliseconds(100)

    /// WAL pages (128 MiB of 4 KiB pages) beyond which a checkpoint holds writes so the WAL can start over.
    /// Each such hold lasts 5-20 ms on the 2-core bench machine; at 5,000 enqueues/s one comes every few seconds.
    static let restartFrames = 32_768

    private let connection: SQLiteConnection
    private let threadPool: NIOThreadPool
    private let signal: AsyncStream<Void>.Continuation
    private let loop: Task<Void, Never>

    private init(connection: SQLiteConnection, threadPool: NIOThreadPool, logger: Logger, exclusive: @escaping Exclusive) {
        self.connection = connection
        self.threadPool = threadPool
        let (signals, signal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        self.signal = signal
        loop = Task {
            for await _ in signals {
                try? await Task.sleep(for: Self.delay)
                do {
                    if try await Self.checkpoint(connection) >= Self.restartFrames {
                        try await exclusive { _ = try await Self.checkpoint(connection) }
                    }
                } catch let error as JobQueueError where error.code == .closed {
                    // The queue closed in between: nothing left to hold writes for.
                } catch {
                    // The next write tries again; the WAL only grows meanwhile.
                    logger.warning("queue checkpoint failed", metadata: ["queue.error": "\(error)"])
                }
            }
        }
    }

    /// Copies what it can and returns the WAL's size in pages.
    private static func checkpoint(_ connection: SQLiteConnection) async throws -> Int {
        let rows = try await connection.rows("PRAGMA wal_checkpoint(PASSIVE)")
        return rows.first?.column("log")?.integer.map { Int($0) } ?? 0
    }

    /// Opens a second connection to the (already WAL-mode) file at `path`.
    static func open(path: String, logger: Logger, exclusive: @escaping Exclusive) async throws -> SQLiteCheckpointer {
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        do {
            let connection = try await SQLiteConnection.open(
                storage: .file(path: path), threadPool: threadPool, logger: logger,
                on: MultiThreadedEventLoopGroup.singleton.any()
            )
            do {
                try await connection.rows("PRAGMA busy_timeout = \(SQLiteJobQueue.busyTimeoutMilliseconds)")
                try await connection.rows("PRAGMA synchronous = NORMAL")
            } catch {
                try? await connection.close()
                throw error
            }
            return SQLiteCheckpointer(connection: connection, threadPool: threadPool, logger: logger, exclusive: exclusive)
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
