/// One call to a host API, relative to the client's base URL.
///
/// Adapters build it; ``HostHTTPClient`` adds the base URL, the shared headers, the deadline, retries and pacing.
public struct HostRequest: Sendable {
    /// The HTTP methods the adapters use.
    public enum Method: String, Sendable, Hashable {
        /// `GET`: reads.
        case get = "GET"
        /// `POST`: creates (paced).
        case post = "POST"
        /// `PATCH`: edits (paced).
        case patch = "PATCH"
        /// `PUT`: replaces (paced).
        case put = "PUT"
        /// `DELETE`: removes.
        case delete = "DELETE"

        /// Whether hosts count the method as content-creating (GitHub's secondary limit: 80 a minute).
        public var createsContent: Bool {
            switch self {
            case .post, .patch, .put: true
            case .get, .delete: false
            }
        }
    }

    /// The method.
    public var method: Method
    /// The percent-encoded path below the base URL's path, starting with `/` (e.g. `/repos/o/r/pulls/1`).
    public var path: String
    /// The query, unencoded.
    public var query: [QueryItem]
    /// Request headers beyond the client's defaults (authorization, `Accept` overrides).
    public var headers: [(name: String, value: String)]
    /// The body, when there is one (JSON unless a `Content-Type` header says otherwise).
    public var body: [UInt8]?
    /// Statuses besides 2xx that the caller handles itself (404 for "file absent"): returned, not thrown.
    public var acceptedStatuses: Set<Int>
    /// Whether the request waits for the client's pacing budget; defaults to ``Method/createsContent``.
    public var isPaced: Bool

    /// Creates a request.
    public init(
        _ method: Method, _ path: String, query: [QueryItem] = [], headers: [(name: String, value: String)] = [],
        body: [UInt8]? = nil, acceptedStatuses: Set<Int> = [], isPaced: Bool? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.acceptedStatuses = acceptedStatuses
        self.isPaced = isPaced ?? method.createsContent
    }

    /// `METHOD /path`, as errors and logs name the call: never the query, never a header.
    public var summary: String { "\(method.rawValue) \(path)" }

    /// This request with one more header.
    public func adding(header name: String, _ value: String) -> HostRequest {
        var copy = self
        copy.headers.append((name, value))
        return copy
    }
}
