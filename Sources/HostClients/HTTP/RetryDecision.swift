import Hosts

/// What ``HostHTTPClient`` does with the outcome of one attempt, as ``HostRetryPolicy`` decides it.
public enum RetryDecision: Sendable, Hashable {
    /// The response is the answer.
    case succeed
    /// Wait, then send the request again.
    case retry(after: Duration, reason: RetryReason)
    /// Give up with this error kind; `retryAfter` (seconds) when the host said how long to wait.
    case fail(HostAPIError.Kind, retryAfter: Double?)
}

/// Why an attempt is repeated; the `reason` dimension of `backend_review_host_api_retries_total`.
public enum RetryReason: String, Sendable, Hashable {
    /// A 5xx response.
    case serverError = "server_error"
    /// No response: connection refused or reset, deadline exceeded.
    case network
    /// 429, or 403 with rate-limit headers or a secondary-limit message.
    case rateLimit = "rate_limit"
}
