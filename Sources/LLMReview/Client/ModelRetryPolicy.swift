/// When a failed model request is tried again: retryable kinds only (429, 5xx, timeouts, network), at most
/// `maxAttempts` attempts, after the provider's `Retry-After` when it gives one, otherwise after an exponential
/// backoff with jitter.
///
/// Pure: the caller supplies the jitter and checks the deadline.
struct ModelRetryPolicy: Sendable, Hashable {
    /// Attempts per request, the first included.
    var maxAttempts: Int
    /// The backoff after the first attempt; it doubles each time.
    var initialBackoff: Duration = .seconds(1)
    /// The longest backoff.
    var maxBackoff: Duration = .seconds(16)
    /// The longest `Retry-After` the client sits out. A provider asking for longer is not retried: an early retry
    /// would be refused again, so the failure is reported instead (the review goes on without the model).
    var maxRetryAfter: Duration = .seconds(60)

    /// What follows a failure.
    enum Decision: Sendable, Hashable {
        case retry(after: Duration)
        case fail
    }

    init(maxAttempts: Int) {
        self.maxAttempts = max(1, maxAttempts)
    }

    /// Decides what follows `error` on attempt `attempt` (from 1); `jitter` is in `0..<1`.
    func decide(_ error: LLMError, attempt: Int, jitter: Double) -> Decision {
        guard error.isRetryable, attempt < maxAttempts else { return .fail }
        if let asked = error.retryAfter {
            let wait = ClientTiming.duration(seconds: asked)
            return wait <= maxRetryAfter ? .retry(after: wait) : .fail
        }
        return .retry(after: backoff(attempt: attempt, jitter: jitter))
    }

    /// `initialBackoff · 2^(attempt-1)`, capped, spread over its upper half by `jitter` so clients that failed
    /// together don't retry together.
    func backoff(attempt: Int, jitter: Double) -> Duration {
        let exponent = min(max(attempt - 1, 0), 30)
        let raw = ClientTiming.seconds(initialBackoff) * Double(1 << exponent)
        let capped = min(raw, ClientTiming.seconds(maxBackoff))
        return ClientTiming.duration(seconds: capped * (0.5 + 0.5 * min(max(jitter, 0), 1)))
    }
}
