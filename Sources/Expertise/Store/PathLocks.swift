/// An async mutex per path: updates of one memory inside this process wait their turn here, suspended, instead of
/// each holding a thread blocked in `flock`. Waiters are served in arrival order.
actor PathLocks {
    /// Paths held, each with the updates waiting for it.
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// Returns once the caller holds `path`; pair every call with ``release(_:)``.
    func acquire(_ path: String) async {
        guard waiting[path] != nil else {
            waiting[path] = []
            return
        }
        await withCheckedContinuation { waiting[path, default: []].append($0) }
    }

    /// Hands `path` to the next waiter, or frees it.
    func release(_ path: String) {
        guard var queue = waiting[path], !queue.isEmpty else {
            waiting[path] = nil
            return
        }
        let next = queue.removeFirst()
        waiting[path] = queue
        next.resume()
    }

    /// Runs `body` holding `path`, releasing it however `body` ends.
    nonisolated func withLock<T: Sendable>(_ path: String, _ body: () async throws -> T) async throws -> T {
        await acquire(path)
        do {
            let value = try await body()
            await release(path)
            return value
        } catch {
            await release(path)
            throw error
        }
    }
}
