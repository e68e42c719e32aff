import Foundation

/// Keeps each memory as a YAML file under a data directory (`<data>/expertise/<host>/<repository>/` followed by
/// ``ExpertiseMemory/relativePath``), or at an explicit path.
///
/// Updates are atomic (temporary file, sync, rename, directory sync) and exclusive: an in-process async mutex per
/// path, then `flock` on the sibling `backend.yaml.lock`, so concurrent updates from any number of tasks, store
/// instances and processes are applied one after another and none is lost. Reads take no lock: a reader sees the
/// old file or the new one.
///
/// ```swift
/// let store = FileExpertiseStore(dataDirectory: "/var/lib/backend-review")
/// let location = MemoryLocation.repository(host: "github", path: "acme/shop")
/// let result = try await store.update(location, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
/// if let recovered = result.recovered { logger.warning("\(recovered)") }
/// ```
public struct FileExpertiseStore: ExpertiseStore {
    /// The data directory the repositories' memories live under.
    public let dataDirectory: String
    /// Serializes this store's updates per file; other instances and processes are excluded by `flock`.
    private let locks = PathLocks()

    /// A store under `dataDirectory` (created on the first write).
    public init(dataDirectory: String) {
        self.dataDirectory = dataDirectory
    }

    /// Reads the memory; a file that does not decode is reported in ``LoadedMemory/problem`` and left in place.
    public func load(_ location: MemoryLocation) async throws -> LoadedMemory {
        let path = try fileURL(for: location)
        switch try Self.read(path) {
        case .missing: return LoadedMemory(memory: nil)
        case .decoded(let memory, _): return LoadedMemory(memory: memory)
        case .corrupt(let problem): return LoadedMemory(memory: nil, problem: problem)
        }
    }

    /// Applies `change` to the memory under the memory's lock and writes it when it changed; see
    /// ``ExpertiseStore/update(_:repositoryName:_:)``.
    public func update<T: Sendable>(
        _ location: MemoryLocation, repositoryName: String?, _ change: @Sendable (inout ExpertiseMemory) throws -> T
    ) async throws -> MemoryUpdate<T> {
        let path = try fileURL(for: location)
        let key = URL(fileURLWithPath: path).standardizedFileURL.path
        return try await locks.withLock(key) {
            try MemoryFile.createDirectories(MemoryFile.directoryName(path))
            let lock = try await FileLock.acquire(path + ".lock")
            defer { lock.release() }
            return try Self.apply(change, to: path, repositoryName: repositoryName)
        }
    }

    /// Read, change, write; the caller holds both locks.
    private static func apply<T: Sendable>(
        _ change: (inout ExpertiseMemory) throws -> T, to path: String, repositoryName: String?
    ) throws -> MemoryUpdate<T> {
        var original = ExpertiseMemory()
        var header: [String] = []
        var problem: MemoryDecodingError?
        switch try read(path) {
        case .missing: break
        case .decoded(let memory, let text):
            original = memory
            header = MemoryCodec.leadingComments(of: text)
        case .corrupt(let error): problem = error
        }
        var memory = original
        let value = try change(&memory)
        var recovered: CorruptMemory?
        if let problem {
            // Set aside only once the change succeeded, so a failed change leaves everything as it was.
            recovered = CorruptMemory(error: problem, movedTo: try MemoryFile.moveAside(path))
        }
        guard memory != original || recovered != nil else { return MemoryUpdate(value: value, written: false) }
        let text = MemoryCodec.encode(memory, repositoryName: repositoryName, header: header)
        try MemoryFile.replace(path, with: Array(text.utf8))
        return MemoryUpdate(value: value, written: true, recovered: recovered)
    }

    /// The file at `path`: missing, its memory and text, or why it does not decode.
    static func read(_ path: String) throws -> MemoryFileContents {
        guard let bytes = try MemoryFile.contents(path) else { return .missing }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            return .corrupt(MemoryDecodingError(
                path: path, line: nil, column: nil, message: "the file is not UTF-8 text; fix its encoding"))
        }
        do throws(MemoryDecodingError) {
            return .decoded(try MemoryCodec.decode(text, path: path), text: text)
        } catch {
            return .corrupt(error)
        }
    }
}
