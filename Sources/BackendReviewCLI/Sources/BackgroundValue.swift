import Dispatch

/// A value computed on another thread while the caller gets on with other work; `value()` waits.
/// Used to load the checklists while the diff is read and parsed.
final class BackgroundValue<T>: @unchecked Sendable {
    private var result: Result<T, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> T) {
        DispatchQueue.global().async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// The value, or the error the work threw. Waits the first time; the semaphore orders the accesses.
    func value() throws -> T {
        if result == nil {
            done.wait()
            done.signal()  // let later calls through
        }
        guard let result else { preconditionFailure("background work finished without a result") }
        return try result.get()
    }
}
