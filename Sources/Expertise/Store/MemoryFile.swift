import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The POSIX file operations behind ``FileExpertiseStore``: whole-file reads, atomic replacement and setting a
/// corrupt file aside. Foundation's `write(atomically:)` is avoided (it leaks temporary directories on Linux and
/// does not sync the directory).
enum MemoryFile {
    /// The file's bytes, or nil when it does not exist.
    static func contents(_ path: String) throws -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw failure(path, "cannot open the memory file")
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot read the memory file")
            }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
    }

    /// Creates `directory` and its parents (mode 0755) when missing.
    static func createDirectories(_ directory: String) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        } catch {
            throw ExpertiseStoreError(path: directory, message: "cannot create the memory directory: \(error)")
        }
    }

    /// Replaces `path` with `bytes` so that readers see the old file or the new one, never a mix, even after a
    /// crash: a uniquely named temporary file in the same directory is written, synced, renamed over `path`, and
    /// the directory is synced so the rename itself is durable.
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        let directory = directoryName(path)
        let temporary = "\(directory)/.\(baseName(path)).tmp-\(getpid())-\(UUID().uuidString)"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(temporary, "cannot create a temporary file next to the memory") }
        do {
            try writeAll(fd, bytes, path: temporary)
            // The umask may have narrowed the mode given to open; people read these files.
            guard fchmod(fd, 0o644) == 0 else { throw failure(temporary, "cannot set the file mode") }
            guard fsync(fd) == 0 else { throw failure(temporary, "cannot sync the temporary file") }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard close(fd) == 0 else {
            let error = failure(temporary, "cannot close the temporary file")
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(path, "cannot rename the temporary file over the memory")
            unlink(temporary)
            throw error
        }
        try syncDirectory(directory)
    }

    /// Renames `path` to `path.corrupt-<UTC time>` (with `-2`, `-3`, ... when taken) and returns the new path.
    /// The caller holds the memory's lock, so no other writer races for the name.
    static func moveAside(_ path: String, at date: Date = Date()) throws -> String {
        let stem = "\(path).corrupt-\(utcStamp(date))"
        var target = stem
        var counter = 1
        while access(target, F_OK) == 0 {
            counter += 1
            target = "\(stem)-\(counter)"
        }
        guard rename(path, target) == 0 else { throw failure(path, "cannot move the unreadable memory aside") }
        try syncDirectory(directoryName(path))
        return target
    }

    /// The directory part of a path (`.` for a bare name).
    static func directoryName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func baseName(_ path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot write the memory")
            }
            offset += written
        }
    }

    private static func syncDirectory(_ directory: String) throws {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(directory, "cannot open the memory directory to sync it") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure(directory, "cannot sync the memory directory") }
    }

    /// `yyyyMMdd'T'HHmmss'Z'` in UTC.
    static func utcStamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))Z"
    }

    static func failure(_ path: String, _ what: String) -> ExpertiseStoreError {
        ExpertiseStoreError(path: path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
