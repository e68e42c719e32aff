import Expertise
import Foundation
import Logging
import PostgresNIO
import PostgresSupport

/// One update of a repository's memory: a single transaction holding the row's lock.
extension PostgresExpertiseStore {
    /// Where an update starts: the memory read and what has to be set aside before writing.
    struct Start {
        var memory = ExpertiseMemory()
        /// The person's leading comments, written back.
        var header: [String] = []
        /// The stored document, when it does not decode.
        var rejected: (document: String, error: MemoryDecodingError)?
        /// Why the data directory's file, being imported, does not decode.
        var corruptFile: MemoryDecodingError?
    }

    /// Wraps an error thrown by the caller's change, so it is rethrown as it was and not reported as a storage
    /// failure.
    private struct ChangeFailure: Error {
        var error: any Error
    }

    /// Ensures, locks, reads, changes, writes and materialises the row of `host`/`path`; rolls back on any error.
    func updateRow<T: Sendable>(
        host: String, path: String, repositoryName: String?, _ change: @Sendable (inout ExpertiseMemory) throws -> T
    ) async throws -> MemoryUpdate<T> {
        let name = memoryName(host: host, path: path)
        try checkOpen(name)
        do {
            return try await withoutActuallyEscaping(change) { change in
                try await database.transaction { connection, logger in
                    try await Self.ensureRow(host: host, path: path, connection: connection, logger: logger)
                    guard let row = try await Self.row(host: host, path: path, lock: true, connection: connection, logger: logger)
                    else { throw PostgresRowMissing() }
                    let start = try self.start(from: row, host: host, path: path, name: name)
                    var memory = start.memory
                    let value: T
                    do {
                        value = try change(&memory)
                    } catch {
                        throw ChangeFailure(error: error)
                    }
                    // Set aside only once the change succeeded, so a failed change leaves everything as it was.
                    let recovered = try await self.setAside(start, host: host, path: path, connection: connection, logger: logger)
                    guard memory != start.memory || recovered != nil else {
                        return MemoryUpdate(value: value, written: false)
                    }
                    let text = Self.stamped(
                        MemoryCodec.encode(memory, repositoryName: repositoryName, header: start.header),
                        revision: row.revision + 1)
                    try await Self.write(text, host: host, path: path, connection: connection, logger: logger)
                    // Still holding the row lock: replicas sharing the data directory write the file in turn. A
                    // failed write rolls the update back, so the file never falls behind without an error.
                    try self.files?.materialize(text, at: .repository(host: host, path: path))
                    return MemoryUpdate(value: value, written: true, recovered: recovered)
                }
            }
        } catch let failure as ChangeFailure {
            throw failure.error
        } catch {
            throw storeError(error, operation: "update the memory (nothing was written)", name: name)
        }
    }

    /// What the update starts from: the stored document, or, for a row no update wrote yet, the YAML file in the
    /// data directory (the memory of the single machine this deployment grew from).
    func start(from row: Row, host: String, path: String, name: String) throws -> Start {
        var start = Start()
        if row.isUnwritten, let files {
            switch try files.readFile(.repository(host: host, path: path)) {
            case .missing: break
            case .decoded(let memory, let text):
                start.memory = memory
                start.header = Self.header(of: text)
            case .corrupt(let error): start.corruptFile = error
            }
            return start
        }
        if let edit = handEdit(of: row, host: host, path: path) {
            start.memory = edit.memory
            start.header = Self.header(of: edit.text)
            return start
        }
        do throws(MemoryDecodingError) {
            start.memory = try MemoryCodec.decode(row.document, path: name)
            start.header = Self.header(of: row.document)
        } catch {
            start.rejected = (row.document, error)
        }
        return start
    }

    /// Copies a rejected document to `expertise_rejected`, or moves a corrupt imported file aside, and says where.
    func setAside(
        _ start: Start, host: String, path: String, connection: PostgresConnection, logger: Logger
    ) async throws -> CorruptMemory? {
        if let rejected = start.rejected {
            let id = try await Self.reject(
                rejected.document, reason: rejected.error.description, host: host, path: path, connection: connection,
                logger: logger)
            logger.warning(
                "expertise document rejected",
                metadata: ["expertise.memory": "\(host)/\(path)", "expertise.rejected": "\(id)"])
            return CorruptMemory(error: rejected.error, movedTo: "\(location) expertise_rejected #\(id)")
        }
        if let error = start.corruptFile, let files {
            return CorruptMemory(error: error, movedTo: try files.setAside(.repository(host: host, path: path)))
        }
        return nil
    }
}
