import NIOConcurrencyHelpers

/// An async counting semaphore: at most `limit` model requests in flight, waiters served first come, first served.
/// A waiter whose task is cancelled leaves the queue with `CancellationError`.
final class RequestSlots: Sendable {
    private struct State {
        var available: Int
        var waiters: [(id: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
        /// Ids cancelled before they queued.
        var cancelled: Set<UInt64> = []
        var nextID: UInt64 = 0
    }

    private let state: NIOLockedValueBox<State>

    /// A semaphore with `limit` permits (at least one).
    init(limit: Int) {
        state = NIOLockedValueBox(State(available: max(1, limit)))
    }

    /// Takes a permit if one is free, without waiting.
    func tryAcquire() -> Bool {
        state.withLockedValue { state in
            guard state.available > 0 else { return false }
            state.available -= 1
            return true
        }
    }

    /// Waits for a permit. Throws `CancellationError` when the task is cancelled first; the permit is then not
    /// taken.
    func acquire() async throws {
        let id = state.withLockedValue { state in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let granted: Bool? = state.withLockedValue { state in
                    if state.cancelled.remove(id) != nil { return false }
                    if state.available > 0 {
                        state.available -= 1
                        return true
                    }
                    state.waiters.append((id: id, continuation: continuation))
                    return nil
                }
                switch granted {
                case true?: continuation.resume()
                case false?: continuation.resume(throwing: CancellationError())
                case nil: break
                }
            }
        } onCancel: {
            let waiting = state.withLockedValue { state -> CheckedContinuation<Void, any Error>? in
                if let index = state.waiters.firstIndex(where: { $0.id == id }) {
                    return state.waiters.remove(at: index).continuation
                }
                state.cancelled.insert(id)
                return nil
            }
            waiting?.resume(throwing: CancellationError())
        }
        // A cancellation that came after the permit was granted leaves a stale id behind.
        state.withLockedValue { _ = $0.cancelled.remove(id) }
    }

    /// Returns a permit: hands it to the first waiter, or frees it.
    func release() {
        let next = state.withLockedValue { state -> CheckedContinuation<Void, any Error>? in
            if state.waiters.isEmpty {
                state.available += 1
                return nil
            }
            return state.waiters.removeFirst().continuation
        }
        next?.resume()
    }
}
