/// A queue failure that says what went wrong and what to do about it.
///
/// Wraps a private enum so new cases don't break callers; compare ``code`` to tell failures apart.
public struct JobQueueError: Error, CustomStringConvertible, Sendable {
    /// The kind of failure, for callers that react differently (e.g. `/readyz` versus start-up).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate let name: String

        /// The file could not be opened or configured (missing directory, permissions, disk).
        public static let cannotOpen = Code(name: "cannotOpen")
        /// The file is not a job queue: not SQLite, corrupt, or another program's database.
        public static let notAQueue = Code(name: "notAQueue")
        /// The file was written by a newer version with a schema this one does not know.
        public static let newerSchema = Code(name: "newerSchema")
        /// The queue was closed before the call.
        public static let closed = Code(name: "closed")
        /// A statement failed while the queue was open (disk full, I/O error, lock timeout).
        public static let storage = Code(name: "storage")

        /// The code's name.
        public var description: String { name }
    }

    private enum Kind: Sendable {
        case cannotOpen(path: String, reason: String)
        case notAQueue(path: String, reason: String)
        case newerSchema(path: String, found: Int, supported: Int)
        case closed(path: String)
        case storage(path: String, operation: String, reason: String)
    }

    private let kind: Kind

    private init(_ kind: Kind) { self.kind = kind }

    /// Which kind of failure this is.
    public var code: Code {
        switch kind {
        case .cannotOpen: .cannotOpen
        case .notAQueue: .notAQueue
        case .newerSchema: .newerSchema
        case .closed: .closed
        case .storage: .storage
        }
    }

    /// One line: what failed, where, and what to do (for the file or for the database the queue is in).
    public var description: String {
        switch kind {
        case .cannotOpen(let path, let reason):
            isDatabase(path)
                ? "cannot open queue at \(path): \(reason); check the URL, that the server runs and accepts this user"
                : "cannot open queue at \(path): \(reason); check that the directory exists and is writable"
        case .notAQueue(let path, let reason):
            isDatabase(path)
                ? "\(path) is not a job queue (\(reason))"
                : "\(path) is not a job queue (\(reason)); move the file aside to start an empty queue, or restore it from a backup"
        case .newerSchema(let path, let found, let supported):
            "queue at \(path) has schema version \(found) but this version of backend-review supports up to \(supported); "
                + "upgrade backend-review"
        case .closed(let path):
            "queue at \(path) is closed; open it again"
        case .storage(let path, let operation, let reason):
            isDatabase(path)
                ? "queue at \(path): \(operation) failed: \(reason); check the server's health and log, then retry"
                : "queue at \(path): \(operation) failed: \(reason); check disk space and permissions, then retry"
        }
    }

    /// PostgreSQL locations are URLs (without the password); SQLite's are file paths.
    private func isDatabase(_ path: String) -> Bool { path.hasPrefix("postgres") }

    static func cannotOpen(path: String, reason: String) -> Self { Self(.cannotOpen(path: path, reason: reason)) }
    static func notAQueue(path: String, reason: String) -> Self { Self(.notAQueue(path: path, reason: reason)) }
    static func newerSchema(path: String, found: Int, supported: Int) -> Self {
        Self(.newerSchema(path: path, found: found, supported: supported))
    }
    static func closed(path: String) -> Self { Self(.closed(path: path)) }
    static func storage(path: String, operation: String, reason: String) -> Self {
        Self(.storage(path: path, operation: operation, reason: reason))
    }
}
