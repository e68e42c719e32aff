import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a memory's sibling `.lock` file, held across threads and processes.
///
/// The lock is on its own file because the memory itself is replaced by rename: a lock on the old inode would not
/// exclude a writer that opened the new one. `flock` locks belong to the open file description, so two opens in
/// one process exclude each other too.
struct FileLock: Sendable {
    private let fd: Int32

    /// Takes the lock, waiting on a dedicated thread when another holder has it, so no thread of Swift's
    /// cooperative pool ever blocks in `flock`.
    static func acquire(_ path: String) async throws -> FileLock {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw MemoryFile.failure(path, "cannot open the lock file") }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return FileLock(fd: fd) }
        guard errno == EWOULDBLOCK else {
            let error = MemoryFile.failure(path, "cannot lock the memory")
            close(fd)
            throw error
        }
        let failure: Int32 = await withCheckedContinuation { continuation in
            let thread = Thread {
                var result: Int32
                repeat { result = flock(fd, LOCK_EX) } while result != 0 && errno == EINTR
                continuation.resume(returning: result == 0 ? 0 : errno)
            }
            thread.name = "backend-review.expertise-lock"
            thread.start()
        }
        guard failure == 0 else {
            close(fd)
            throw ExpertiseStoreError(path: path, message: "cannot lock the memory: \(String(cString: strerror(failure)))")
        }
        return FileLock(fd: fd)
    }

    /// Releases the lock and closes the file.
    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
