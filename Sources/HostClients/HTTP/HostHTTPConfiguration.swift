import Metrics

/// How a ``HostHTTPClient`` sends requests: deadline, retries, pacing, response size, metrics.
public struct HostHTTPConfiguration: Sendable {
    /// The deadline of one attempt, from sending the request to reading the last body byte.
    public var requestTimeout: Duration
    /// Retries, backoff and rate-limit waits.
    public var retry: HostRetryPolicy
    /// The budget for content-creating requests; `nil` sends them unpaced.
    public var pacing: PacingBudget?
    /// The largest response body read; a larger one fails as ``HostAPIError/Kind/invalidResponse``.
    public var maxResponseBytes: Int
    /// The `User-Agent` sent with every request (GitHub refuses requests without one).
    public var userAgent: String
    /// Where the request and retry counters go; `nil` uses the bootstrapped `MetricsSystem`.
    public var metricsFactory: (any MetricsFactory)?

    /// Creates a configuration: 30 s per attempt, the default ``HostRetryPolicy``, no pacing, 64 MiB bodies.
    public init(
        requestTimeout: Duration = .seconds(30), retry: HostRetryPolicy = HostRetryPolicy(),
        pacing: PacingBudget? = nil, maxResponseBytes: Int = 64 << 20, userAgent: String = "backend-review",
        metricsFactory: (any MetricsFactory)? = nil
    ) {
        self.requestTimeout = requestTimeout
        self.retry = retry
        self.pacing = pacing
        self.maxResponseBytes = maxResponseBytes
        self.userAgent = userAgent
        self.metricsFactory = metricsFactory
    }
}
