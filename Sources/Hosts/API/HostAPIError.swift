/// A failed host API call: what happened, and whether trying again later can help.
public struct HostAPIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure.
    public enum Kind: String, Sendable, Hashable {
        /// 401: the token or app credentials are wrong or expired. Not retried.
        case unauthorized
        /// 403 without rate-limit headers: the token lacks a scope or permission. Not retried.
        case forbidden
        /// 404: the repository, pull request or file does not exist, or the token cannot see it. Not retried.
        case notFound
        /// 422 or another 4xx: the host refused the request as sent. Not retried.
        case rejected
        /// 429, or 403 with rate-limit headers, still limited after the adapter's own waits. Retried later.
        case rateLimited
        /// 5xx after the adapter's own retries. Retried later.
        case serverError
        /// Connection refused, reset, timed out. Retried later.
        case network
        /// The response did not have the documented shape.
        case invalidResponse
    }

    /// The kind of failure.
    public var kind: Kind
    /// The HTTP status, when there was a response.
    public var status: Int?
    /// `METHOD /path` of the call (never a token or query secret).
    public var request: String
    /// A short reason: the host's `message`, or what was wrong with the response.
    public var message: String
    /// How long the host asked to wait, in seconds, when it said.
    public var retryAfter: Double?

    /// Creates an error.
    public init(kind: Kind, status: Int? = nil, request: String, message: String, retryAfter: Double? = nil) {
        self.kind = kind
        self.status = status
        self.request = request
        self.message = message
        self.retryAfter = retryAfter
    }

    /// Whether the job should be retried later (rate limits, 5xx, network) rather than failed for good.
    public var isRetryable: Bool {
        switch kind {
        case .rateLimited, .serverError, .network: true
        case .unauthorized, .forbidden, .notFound, .rejected, .invalidResponse: false
        }
    }

    public var description: String {
        let code = status.map { " \($0)" } ?? ""
        return "\(request) failed (\(kind.rawValue)\(code)): \(message)"
    }
}
