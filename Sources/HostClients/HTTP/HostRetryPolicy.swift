import Foundation
import Hosts

/// How a host client retries: bounded attempts, exponential backoff with jitter for 5xx and network errors,
/// and the hosts' rate-limit headers.
///
/// ``decide(status:headers:message:attempt:now:jitter:)`` is pure (no sockets, no clock, no randomness of its
/// own), so every rule is table-tested.
public struct HostRetryPolicy: Sendable, Hashable {
    /// Attempts per request, the first included.
    public var maxAttempts: Int
    /// The backoff before the second attempt; it doubles each time.
    public var initialBackoff: Duration
    /// The longest backoff between two attempts.
    public var maxBackoff: Duration
    /// The longest rate-limit wait the client sits out; a longer one fails with ``HostAPIError/Kind/rateLimited``
    /// and `retryAfter`, so the job queue retries it later instead of holding a worker.
    public var maxRateLimitWait: Duration
    /// The wait when a host limits without saying for how long (GitHub's advice: at least a minute).
    public var unspecifiedRateLimitWait: Duration

    /// Creates a policy; the defaults are 4 attempts, 0.5 s doubling to at most 8 s, and rate-limit waits of
    /// up to 60 s.
    public init(
        maxAttempts: Int = 4, initialBackoff: Duration = .milliseconds(500), maxBackoff: Duration = .seconds(8),
        maxRateLimitWait: Duration = .seconds(60), unspecifiedRateLimitWait: Duration = .seconds(60)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.maxRateLimitWait = maxRateLimitWait
        self.unspecifiedRateLimitWait = unspecifiedRateLimitWait
    }

    /// Decides what follows attempt number `attempt` (1-based).
    ///
    /// - Parameters:
    ///   - status: The response status; `nil` when the attempt got no response (network error).
    ///   - headers: The response headers (`Retry-After`, `x-ratelimit-*`, GitLab `RateLimit-Reset`).
    ///   - message: The host's error message, which is how GitHub marks a secondary rate limit.
    ///   - attempt: The attempt just made, from 1.
    ///   - now: The current time, for the epoch-seconds reset headers.
    ///   - jitter: A number in `0..<1`; the backoff is spread over its upper half by it.
    public func decide(
        status: Int?, headers: ResponseHeaders = [:], message: String? = nil, attempt: Int, now: Date,
        jitter: Double = 0.5
    ) -> RetryDecision {
        let attemptsLeft = attempt < maxAttempts
        guard let status else {
            return attemptsLeft ? .retry(after: backoff(attempt: attempt, jitter: jitter), reason: .network)
                : .fail(.network, retryAfter: nil)
        }
        if (200..<300).contains(status) { return .succeed }
        if isRateLimited(status: status, headers: headers, message: message) {
            let wait = rateLimitWait(headers: headers, now: now) ?? unspecifiedRateLimitWait
            if attemptsLeft && wait <= maxRateLimitWait { return .retry(after: wait, reason: .rateLimit) }
            return .fail(.rateLimited, retryAfter: wait.seconds)
        }
        switch status {
        case 401: return .fail(.unauthorized, retryAfter: nil)
        case 403: return .fail(.forbidden, retryAfter: nil)
        case 404: return .fail(.notFound, retryAfter: nil)
        case 400..<500: return .fail(.rejected, retryAfter: nil)
        case 500..<600:
            let asked = retryAfter(headers)
            guard attemptsLeft else { return .fail(.serverError, retryAfter: asked?.seconds) }
            // A 503 may say when to come back; honour it when it is short, otherwise back off as usual.
            var wait = backoff(attempt: attempt, jitter: jitter)
            if let asked, asked <= maxRateLimitWait { wait = max(wait, asked) }
            return .retry(after: wait, reason: .serverError)
        default:
            return .fail(.invalidResponse, retryAfter: nil)
        }
    }

    /// The backoff after attempt `attempt`: `initialBackoff · 2^(attempt-1)`, capped, scaled into its upper half
    /// by `jitter` so clients that failed together don't retry together.
    public func backoff(attempt: Int, jitter: Double) -> Duration {
        let exponent = min(max(attempt - 1, 0), 30)
        let raw = initialBackoff.seconds * Double(1 << exponent)
        let capped = min(raw, maxBackoff.seconds)
        let spread = capped * (0.5 + 0.5 * min(max(jitter, 0), 1))
        return .milliseconds(Int64((spread * 1000).rounded()))
    }

    /// 429 always; 403 only with GitHub's rate-limit signs (403 alone is a missing permission).
    private func isRateLimited(status: Int, headers: ResponseHeaders, message: String?) -> Bool {
        if status == 429 { return true }
        guard status == 403 else { return false }
        if headers["x-ratelimit-remaining"] == "0" || headers["retry-after"] != nil { return true }
        return message?.lowercased().contains("rate limit") ?? false
    }

    /// The wait the headers ask for, most specific first: `Retry-After`, then GitHub's `x-ratelimit-reset` when
    /// the budget is spent, then GitLab's `RateLimit-Reset`. `nil` when none says.
    func rateLimitWait(headers: ResponseHeaders, now: Date) -> Duration? {
        if let asked = retryAfter(headers) { return asked }
        if headers["x-ratelimit-remaining"] == "0", let reset = epoch(headers["x-ratelimit-reset"]) {
            return untilEpoch(reset, now: now)
        }
        if let reset = epoch(headers["ratelimit-reset"]) { return untilEpoch(reset, now: now) }
        return nil
    }

    private func retryAfter(_ headers: ResponseHeaders) -> Duration? {
        guard let text = headers["retry-after"], let seconds = Double(text), seconds.isFinite, seconds >= 0 else {
            return nil
        }
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }

    private func epoch(_ text: String?) -> Double? {
        guard let text, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    private func untilEpoch(_ epoch: Double, now: Date) -> Duration {
        let seconds = max(0, epoch - now.timeIntervalSince1970)
        return .milliseconds(Int64((seconds * 1000).rounded(.up)))
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
