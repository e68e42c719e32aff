import Foundation

/// A request as the host handlers see it: the host, the decoded path segments after the host
/// prefix, the query, the headers and the body, plus the clock reading it is served at.
struct FakeRequest: Sendable {
    var kind: FakeHostKind
    /// Uppercased.
    var method: String
    /// The raw path with the prefix, without the query.
    var path: String
    /// The raw path after the prefix.
    var hostPath: String
    /// Percent-decoded segments of `hostPath` (split before decoding, so `group%2Frepo` stays one segment).
    var segments: [String]
    var rawQuery: String?
    /// Decoded query items in order.
    var queryItems: [(name: String, value: String)]
    /// Lowercased names.
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    /// `http://127.0.0.1:PORT`, for the absolute URLs in `Link` headers and `url` fields.
    var origin: String
    var now: Date

    init?(
        method: String, rawPath: String, rawQuery: String?, headers: [(name: String, value: String)],
        body: [UInt8], origin: String, now: Date
    ) {
        guard let kind = FakeHostKind.allCases.first(where: { rawPath == $0.pathPrefix || rawPath.hasPrefix($0.pathPrefix + "/") })
        else { return nil }
        self.kind = kind
        self.method = method.uppercased()
        self.path = rawPath
        self.hostPath = String(rawPath.dropFirst(kind.pathPrefix.count))
        self.segments = hostPath.split(separator: "/", omittingEmptySubsequences: true)
            .map { PercentDecoding.decode($0, plusAsSpace: false) }
        self.rawQuery = rawQuery
        self.queryItems = (rawQuery ?? "").split(separator: "&").filter { !$0.isEmpty }.map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (
                name: PercentDecoding.decode(parts[0], plusAsSpace: true),
                value: parts.count > 1 ? PercentDecoding.decode(parts[1], plusAsSpace: true) : ""
            )
        }
        self.headers = headers
        self.body = body
        self.origin = origin
        self.now = now
    }

    /// The first value of header `name` (lowercase).
    func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// The last value of query item `name`.
    func query(_ name: String) -> String? {
        queryItems.last { $0.name == name }?.value
    }

    /// The body parsed as JSON or a form; nil when it is neither.
    var jsonBody: JSON? {
        JSON.parseBody(body, contentType: header("content-type"))
    }

    /// The query items as a JSON object of strings (GitLab reads parameters from the query too).
    var queryObject: JSON {
        JSON.parseForm(rawQuery ?? "")
    }

    /// Whether the `Accept` header asks for `mediaType` (a substring match, as the hosts do for vendor types).
    func accepts(_ mediaType: String) -> Bool {
        header("accept")?.lowercased().contains(mediaType) ?? false
    }
}
