import Expertise
import Foundation
import Logging
import PostgresSupport

/// The expertise memory for several replicas: each repository's memory is one row in PostgreSQL, and every update
/// is serialised through the database, so replicas on any number of machines never lose one. After each write the
/// YAML text is also written to the data directory (same path as ``FileExpertiseStore``), so the file stays the
/// human-readable record.
///
/// An update locks the repository's row (`SELECT ... FOR UPDATE`), applies the change, stores the new document and
/// writes the file before it commits, so replicas sharing a data directory also write the file one after another.
/// The first update of a repository imports the YAML file already in the data directory (a single machine moving
/// to PostgreSQL). `.file` locations (the CLI's local files) are not shared and go to a ``FileExpertiseStore``.
///
/// ```swift
/// let store = try await PostgresExpertiseStore.open(
///     url: "postgres://review:secret@db:5432/review", dataDirectory: "/var/lib/backend-review", logger: logger)
/// let result = try await store.update(.repository(host: "github", path: "acme/shop"), repositoryName: "acme/shop") {
///     $0.tasksHandled += 1
/// }
/// await store.close()
/// ```
public final class PostgresExpertiseStore: ExpertiseStore {
    /// `postgres://user@host:port/database`, never with the password.
    public var location: String { database.location }
    let database: PostgresPool
    /// Materialises and imports the YAML files; nil when the store was opened without a data directory.
    let files: FileExpertiseStore?
    /// Checks repository locations exactly as the file store does, and serves `.file` locations.
    let local: FileExpertiseStore
    let logger: Logger

    private init(database: PostgresPool, dataDirectory: String?, logger: Logger) {
        self.database = database
        self.files = dataDirectory.map(FileExpertiseStore.init(dataDirectory:))
        self.local = FileExpertiseStore(dataDirectory: dataDirectory ?? "/")
        self.logger = logger
    }

    /// Connects to `url` (see ``PostgresTarget``), migrates the expertise tables (safe when replicas start at once)
    /// and materialises YAML under `dataDirectory` when it is not `nil`.
    /// - Parameters:
    ///   - url: `postgres://user:password@host:port/database`, with `?sslmode=` and `?schema=` understood. The
    ///     password never appears in ``location``, errors or logs.
    ///   - schema: Overrides the URL's `schema`; created when missing. The queue's tables may live beside ours.
    ///   - dataDirectory: Where the YAML files are written (and imported from on a repository's first update).
    ///   - maximumConnections: The connection pool's size.
    /// - Throws: ``ExpertiseStoreError`` naming the database (without the password) and what to do.
    public static func open(
        url: String, schema: String? = nil, dataDirectory: String?, maximumConnections: Int = 4, logger: Logger
    ) async throws -> PostgresExpertiseStore {
        let target: PostgresTarget
        do {
            target = try PostgresTarget(url: url, schema: schema)
        } catch {
            throw ExpertiseStoreError(path: error.location, message: error.reason)
        }
        let database = PostgresPool.connect(target, maximumConnections: maximumConnections, logger: logger)
        do {
            let migrated: Void? = try await PostgresPool.withTimeout(.seconds(60)) {
                try await ExpertiseSchema.migrate(database)
            }
            guard migrated != nil else {
                throw ExpertiseStoreError(
                    path: target.location,
                    message: "no answer from the server within 60 seconds; check the host and port and that it runs")
            }
        } catch {
            await database.close()
            throw error
        }
        logger.debug(
            "expertise store opened",
            metadata: ["expertise.location": "\(target.location)", "expertise.schema": "\(target.schema)"])
        return PostgresExpertiseStore(database: database, dataDirectory: dataDirectory, logger: logger)
    }

    /// Closes the pool; later calls throw. Closing twice is harmless.
    public func close() async { await database.close() }

    /// The memory as the database holds it, without a lock. A repository no update has written yet reads the YAML
    /// file in the data directory, if any (the memory its first update will import), and so does one whose file a
    /// person edited since the last update (see ``handEdit(of:host:path:)``). Only a hand edit that does not decode is
    /// moved aside; nothing else is written.
    public func load(_ location: MemoryLocation) async throws -> LoadedMemory {
        guard case .repository(let host, let path) = location else { return try await local.load(location) }
        _ = try local.fileURL(for: location)
        let name = memoryName(host: host, path: path)
        let row = try await perform("read the memory", of: name) { connection, logger in
            try await Self.row(host: host, path: path, lock: false, connection: connection, logger: logger)
        }
        guard let row, !row.isUnwritten else {
            return try await files?.load(location) ?? LoadedMemory(memory: nil)
        }
        if let edit = handEdit(of: row, host: host, path: path) { return LoadedMemory(memory: edit.memory) }
        do throws(MemoryDecodingError) {
            return LoadedMemory(memory: try MemoryCodec.decode(row.document, path: name))
        } catch {
            return LoadedMemory(memory: nil, problem: error)
        }
    }

    /// Locks the repository's row, applies `change` and, when the memory changed, stores the new document and
    /// writes the YAML file, all in one transaction; see ``ExpertiseStore/update(_:repositoryName:_:)``.
    ///
    /// A stored document that does not decode is copied to `expertise_rejected` and the update starts a new memory;
    /// ``MemoryUpdate/recovered`` names the rejected row (`... expertise_rejected #12`).
    public func update<T: Sendable>(
        _ location: MemoryLocation, repositoryName: String?, _ change: @Sendable (inout ExpertiseMemory) throws -> T
    ) async throws -> MemoryUpdate<T> {
        guard case .repository(let host, let path) = location else {
            return try await local.update(location, repositoryName: repositoryName, change)
        }
        _ = try local.fileURL(for: location)
        return try await updateRow(host: host, path: path, repositoryName: repositoryName, change)
    }

    /// How a repository's memory is named in errors: `postgres://user@host:port/db/expertise/<host>/<path>`.
    func memoryName(host: String, path: String) -> String { "\(database.location)/expertise/\(host)/\(path)" }
}
