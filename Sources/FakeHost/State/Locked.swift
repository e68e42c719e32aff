import Foundation

/// A value behind a lock: the fake's state is touched from NIO event-loop threads (requests) and
/// from test code (seeding, inspection), and every access is short, so a plain lock beats an actor hop.
final class Locked<Value>: @unchecked Sendable {
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
