import Foundation

/// A value behind a lock, shared by the copies of a provider or client. Every access is short and never awaits,
/// so a lock is cheaper than an actor hop (`Mutex` needs macOS 15; the package supports 14).
final class ClientLocked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with exclusive access to the value.
    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
