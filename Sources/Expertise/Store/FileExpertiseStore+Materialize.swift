/// What a memory file holds, read without a lock: for a store that keeps memories elsewhere and imports or
/// materialises the YAML file (``FileExpertiseStore/readFile(_:)``).
public enum MemoryFileContents: Sendable, Hashable {
    /// There is no file.
    case missing
    /// The file decoded; `text` is what it holds (for its leading comments).
    case decoded(ExpertiseMemory, text: String)
    /// The file does not decode.
    case corrupt(MemoryDecodingError)
}

/// File operations for stores that keep the memory elsewhere (a database) and the YAML file as the human-readable
/// record. The caller serialises them per location (a database row lock); they take no file lock.
extension FileExpertiseStore {
    /// Replaces the file of `location` with `text` atomically (temporary file, sync, rename, directory sync),
    /// creating its directories when missing.
    /// - Throws: ``ExpertiseStoreError`` naming the file and the system's reason.
    public func materialize(_ text: String, at location: MemoryLocation) throws {
        let path = try fileURL(for: location)
        try MemoryFile.createDirectories(MemoryFile.directoryName(path))
        try MemoryFile.replace(path, with: Array(text.utf8))
    }

    /// The file of `location`: missing, its memory and text, or why it does not decode. Never changes anything.
    public func readFile(_ location: MemoryLocation) throws -> MemoryFileContents {
        try Self.read(try fileURL(for: location))
    }

    /// Renames the file of `location` to `<file>.corrupt-<UTC time>` (like an update that finds it unreadable) and
    /// returns where it went.
    public func setAside(_ location: MemoryLocation) throws -> String {
        try MemoryFile.moveAside(try fileURL(for: location))
    }
}
