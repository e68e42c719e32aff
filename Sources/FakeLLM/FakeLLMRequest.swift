/// One request the fake received, as sent: credentials are kept so tests can check they were sent (and sent only
/// where they belong).
public struct FakeLLMRequest: Sendable {
    /// The API the path belongs to; nil for a path the fake does not serve.
    public var api: FakeLLMAPI?
    /// Uppercased.
    public var method: String
    /// The raw path, e.g. `/v1/chat/completions` or `/anthropic/v1/messages`.
    public var path: String
    /// Every header, names lowercased, in order.
    public var headers: [(name: String, value: String)]
    /// The body as text.
    public var body: String
    /// The status the fake answered; nil while the answer is pending.
    public var status: Int?

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name == lowered }?.value
    }

    /// The `Authorization` header.
    public var authorization: String? { header("authorization") }

    /// The `x-api-key` header (Anthropic).
    public var apiKeyHeader: String? { header("x-api-key") }

    /// The body parsed as JSON; nil when it is not JSON.
    public var json: FakeLLMJSON? { FakeLLMJSON.parse(body) }
}
