import Foundation
import Logging
import SQLiteNIO
import NIOConcurrencyHelpers

/// The single-machine ``JobQueue``: one SQLite file in WAL mode.
///
/// Several processes may use the file at once (the server and `backend-review jobs`): every claim is one
/// atomic statement and multi-statement changes run under `BEGIN IMMEDIATE`. A committed transaction is in the
/// WAL before the call returns, so it survives `kill -9` of the process (`synchronous=NORMAL`; a power cut may
/// lose the last transactions). Concurrent enqueues are group-committed: one transaction for all enqueues that
/// arrived while the previous one was being written.
///
/// ```swift
/// let queue = try await SQLiteJobQueue.open(path: "data/\(SQLiteJobQueue.defaultFileName)", logger: logger)
/// defer { Task { try await queue.close() } }
/// let outcome = try await queue.enqueue(NewJob(deliveryID: "github:1", kind: .review, coalesceKey: key, payload: data))
/// ```
public final class SQLiteJobQueue: JobQueue {
    /// The file name inside the data directory.
    public static let defaultFileName = "queue.sqlite"

    /// Enqueues written in one transaction at most; a larger burst is split.
    static let maxBatch = 512

    /// The queue file.
    public let path: String
    let serial: SQLiteSerialConnection
    let checkpointer: SQLiteCheckpointer
    let policy: RetryPolicy
    let logger: Logger
    let now: @Sendable () -> Date
    let random: @Sendable () -> Double
    /// When a claim last looked for expired leases to bury (see ``claim(worker:lease:)``).
    let lastSweep = NIOLockedValueBox(Date.distantPast)

    private init(
        serial: SQLiteSerialConnection, checkpointer: SQLiteCheckpointer, policy: RetryPolicy, logger: Logger,
        now: @escaping @Sendable () -> Date, random: @escaping @Sendable () -> Double
    ) {
        self.path = serial.path
        self.serial = serial
        self.checkpointer = checkpointer
        self.policy = policy
        self.logger = logger
        self.now = now
        self.random = random
    }

    /// Opens (creating if needed) the queue file at `path` and brings its schema up to date.
    ///
    /// Safe while another process has the file open: migrations run in one `BEGIN IMMEDIATE` transaction.
    /// - Parameters:
    ///   - path: The SQLite file; its directory must exist.
    ///   - policy: Attempts and backoff for failed jobs.
    ///   - logger: Receives state changes worth an operator's attention (dead letters, expired leases).
    ///   - now: The clock, injectable for tests of leases and backoff.
    ///   - random: Jitter in [0, 1), injectable for tests.
    /// - Throws: ``JobQueueError`` saying whether the file could not be opened, is not a queue, or is too new.
    public static func open(
        path: String,
        policy: RetryPolicy = .init(),
        logger: Logger,
        now: @escaping @Sendable () -> Date = Date.init,
        random: @escaping @Sendable () -> Double = { .random(in: 0..<1) }
    ) async throws -> SQLiteJobQueue {
        let serial = try await SQLiteSerialConnection.open(path: path, maxBatch: maxBatch, logger: logger) {
            connection, jobs in
            try await writeBatch(jobs, on: connection, path: path, now: now(), policy: policy, logger: logger)
        }
        let checkpointer: SQLiteCheckpointer
        do {
            try await serial.perform { connection in
                try await prepare(connection, path: path, logger: logger)
            }
            checkpointer = try await SQLiteCheckpointer.open(path: path, logger: logger) { body in
                try await serial.perform { _ in try await body() }
            }
        } catch {
            try? await serial.close()
            throw error
        }
        serial.afterEachRound { checkpointer.noteWrite() }
        logger.debug("queue opened", metadata: ["queue.path": "\(path)"])
        return SQLiteJobQueue(
            serial: serial, checkpointer: checkpointer, policy: policy, logger: logger, now: now, random: random
        )
    }

    /// Waits for buffered calls, then closes the connection. Later calls throw ``JobQueueError/Code/closed``.
    public func close() async throws {
        try await serial.close()
        await checkpointer.close()
    }

    /// Runs one statement against the file.
    public func ping() async throws {
        try await perform("ping") { connection in
            _ = try await connection.rows("SELECT 1")
        }
    }

    /// Runs `body` alone on the connection and turns SQLite's errors into ``JobQueueError``s.
    func perform<T: Sendable>(
        _ operation: String, _ body: @escaping @Sendable (SQLiteConnection) async throws -> T
    ) async throws -> T {
        let path = self.path
        return try await serial.perform { connection in
            do {
                return try await body(connection)
            } catch {
                throw Self.queueError(error, path: path, operation: operation)
            }
        }
    }

    /// A ``JobQueueError`` for any failure; SQLite's corruption codes say the file is not a usable queue.
    static func queueError(_ error: any Error, path: String, operation: String) -> JobQueueError {
        if let error = error as? JobQueueError { return error }
        if let error = error as? SQLiteError {
            switch error.reason {
            case .notADatabase, .corrupt, .corruptIndex, .corruptSequenceSchema, .corruptVirtualTable:
                return .notAQueue(path: path, reason: error.message)
            default:
                return .storage(path: path, operation: operation, reason: error.message)
            }
        }
        return .storage(path: path, operation: operation, reason: "\(error)")
    }
}
