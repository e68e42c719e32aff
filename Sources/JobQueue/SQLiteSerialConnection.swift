import Foundation
import Logging
import SQLiteNIO

/// One SQLite connection driven by one task, so a transaction's statements never interleave with another
/// caller's, plus group commit: enqueues that arrive while a transaction runs are written together in the next one.
///
/// Every call is appended to a buffer under a lock; a single loop task drains it. All enqueues waiting in the
/// buffer go into one transaction (up to ``maxBatch``), and each caller resumes only after that transaction
/// committed, so `enqueue` still returns only once its job is durable. Other operations run one at a time.
/// The connection has a thread of its own: a statement waiting on another process's write lock (busy timeout)
/// blocks only this queue.
final class SQLiteSerialConnection: @unchecked Sendable {
    /// Writes a batch of new jobs in one transaction and returns one outcome per job, in order.
    typealias BatchWriter = @Sendable (SQLiteConnection, [NewJob]) async throws -> [EnqueueOutcome]

    private struct PendingEnqueue: Sendable {
        let job: NewJob
        let continuation: CheckedContinuation<EnqueueOutcome, any Error>
    }

    private typealias Work = @Sendable (SQLiteConnection) async -> Void

    /// Payload bytes written in one transaction at most (a single larger job still goes alone).
    static let maxBatchBytes = 8 << 20

    /// The queue file, for error messages.
    let path: String
    private let connection: SQLiteConnection
    private let threadPool: NIOThreadPool
    private let writeBatch: BatchWriter
    private let maxBatch: Int
    private let logger: Logger

    // Guarded by `lock`.
    private let lock = NSLock()
    private var enqueues: [PendingEnqueue] = []
    private var work: [Work] = []
    private var isClosed = false
    private var loop: Task<Void, Never>?
    private var afterWork: (@Sendable () -> Void)?

    private let wake: AsyncStream<Void>.Continuation
    private let wakes: AsyncStream<Void>

    private init(
        path: String, connection: SQLiteConnection, threadPool: NIOThreadPool, maxBatch: Int, logger: Logger,
        writeBatch: @escaping BatchWriter
    ) {
        self.path = path
        self.connection = connection
        self.threadPool = threadPool
        self.maxBatch = maxBatch
        self.logger = logger
        self.writeBatch = writeBatch
        // One pending wake-up is enough: the loop drains everything buffered each time it wakes.
        (wakes, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Opens the file on a dedicated thread and starts the loop.
    static func open(
        path: String, maxBatch: Int, logger: Logger, writeBatch: @escaping BatchWriter
    ) async throws -> SQLiteSerialConnection {
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(
                storage: .file(path: path), threadPool: threadPool, logger: logger,
                on: MultiThreadedEventLoopGroup.singleton.any()
            )
        } catch {
            try? await threadPool.shutdownGracefully()
            throw JobQueueError.cannotOpen(path: path, reason: Self.reason(error))
        }
        let serial = SQLiteSerialConnection(
            path: path, connection: connection, threadPool: threadPool, maxBatch: maxBatch, logger: logger,
            writeBatch: writeBatch
        )
        serial.lock.withLock { serial.loop = Task { await serial.run() } }
        return serial
    }

    /// Calls `hook` after each round of work (a group commit and the calls buffered with it).
    func afterEachRound(_ hook: @escaping @Sendable () -> Void) {
        lock.withLock { afterWork = hook }
    }

    /// Buffers `job` for the next group commit and returns once that transaction committed.
    func enqueue(_ job: NewJob) async throws -> EnqueueOutcome {
        try await withCheckedThrowingContinuation { continuation in
            let accepted = lock.withLock {
                guard !isClosed else { return false }
                enqueues.append(PendingEnqueue(job: job, continuation: continuation))
                return true
            }
            if accepted {
                wake.yield()
            } else {
                continuation.resume(throwing: JobQueueError.closed(path: path))
            }
        }
    }

    /// Runs `body` alone on the connection (no other statement interleaves with it).
    func perform<T: Sendable>(_ body: @escaping @Sendable (SQLiteConnection) async throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let item: Work = { connection in
                do {
                    continuation.resume(returning: try await body(connection))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            let accepted = lock.withLock {
                guard !isClosed else { return false }
                work.append(item)
                return true
            }
            if accepted {
                wake.yield()
            } else {
                continuation.resume(throwing: JobQueueError.closed(path: path))
            }
        }
    }

    /// Finishes the work already buffered, then closes the connection and its thread. Later calls fail with
    /// ``JobQueueError/Code/closed``. Safe to call twice.
    func close() async throws {
        let loop: Task<Void, Never>? = lock.withLock {
            guard !isClosed else { return nil }
            isClosed = true
            afterWork = nil  // it may hold what holds this connection
            return self.loop
        }
        guard let loop else { return }
        wake.finish()
        await loop.value
        // A call accepted just before `isClosed` was set may have yielded after `finish()`.
        await drain()
        try await connection.close()
        try await threadPool.shutdownGracefully()
    }

    private func run() async {
        for await _ in wakes {
            await drain()
        }
    }

    private func drain() async {
        while true {
            let (batch, items) = lock.withLock {
                defer {
                    enqueues.removeAll(keepingCapacity: true)
                    work.removeAll(keepingCapacity: true)
                }
                return (enqueues, work)
            }
            if batch.isEmpty && items.isEmpty { return }
            var start = batch.startIndex
            while start < batch.endIndex {
                // Bound a transaction by count and by payload bytes (SQLite copies every bound payload).
                var end = start + 1
                var bytes = batch[start].job.payload.count
                while end < batch.endIndex, end - start < maxBatch {
                    bytes += batch[end].job.payload.count
                    if bytes > Self.maxBatchBytes { break }
                    end += 1
                }
                await write(Array(batch[start..<end]))
                start = end
            }
            for item in items { await item(connection) }
            lock.withLock { afterWork }?()
        }
    }

    private func write(_ batch: [PendingEnqueue]) async {
        do {
            let outcomes = try await writeBatch(connection, batch.map(\.job))
            for (pending, outcome) in zip(batch, outcomes) { pending.continuation.resume(returning: outcome) }
        } catch where batch.count > 1 && Self.mayBeOneJobsFault(error) {
            // One bad job must not fail its neighbours: write each on its own to find it.
            logger.warning(
                "queue batch failed; writing its jobs one by one",
                metadata: ["queue.batch": "\(batch.count)", "queue.error": "\(Self.reason(error))"]
            )
            for pending in batch { await write([pending]) }
        } catch {
            for pending in batch { pending.continuation.resume(throwing: error) }
        }
    }

    /// Errors a single job's values can cause; a busy lock or a full disk fails the whole batch at once instead
    /// of being retried job by job.
    private static func mayBeOneJobsFault(_ error: any Error) -> Bool {
        guard let error = error as? SQLiteError else { return false }
        switch error.reason {
        case .tooBig, .range, .mismatch, .constraint, .constraintCheckFailed, .constraintNotNullFailed,
            .constraintUniqueFailed, .constraintPrimaryKeyFailed:
            return true
        default:
            return false
        }
    }

    /// SQLite's own message, without the Swift type noise.
    static func reason(_ error: any Error) -> String {
        if let error = error as? SQLiteError { return error.message }
        return "\(error)"
    }
}
