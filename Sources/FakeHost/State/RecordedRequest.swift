/// One request the fake received, as a test sees it. Credential headers keep their name and
/// scheme but not their value (`Authorization: Bearer <redacted>`), so logs and asserts never hold secrets.
public struct RecordedRequest: Sendable, Hashable {
    /// One header line.
    public struct Header: Sendable, Hashable {
        /// The name, lowercased.
        public var name: String
        /// The value (redacted for `authorization`, `private-token`).
        public var value: String
    }

    /// The host the path addressed; nil for paths outside the three prefixes.
    public var kind: FakeHostKind?
    /// `GET`, `POST`, `PATCH`, `PUT`, ...
    public var method: String
    /// The raw path as sent, with the host prefix and without the query (`/github/repos/o/r/pulls/1`).
    public var path: String
    /// The raw path after the host prefix (`/repos/o/r/pulls/1`), as the host's API docs write it.
    public var hostPath: String
    /// The raw query string, without `?`.
    public var query: String?
    /// The headers in the order received.
    public var headers: [Header]
    /// The body bytes.
    public var body: [UInt8]
    /// The status answered; nil when the fake dropped the connection instead.
    public var status: Int?

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name == lowered }?.value
    }

    /// The body as UTF-8 text.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// `METHOD /host/path`: handy in failure messages.
    public var summary: String { "\(method) \(path)" }
}
