import AsyncHTTPClient

/// The Anthropic Messages API: `POST {baseURL}/v1/messages` with `x-api-key` and `anthropic-version: 2023-06-01`.
///
/// The system prompt goes in `system`, the user message in `messages`, the cap in `max_tokens`. With structured
/// output the request declares one tool, `report_findings`, whose `input_schema` is the answer schema, and forces
/// it with `tool_choice: {"type": "tool", "name": "report_findings"}`; the completion text is the tool call's
/// `input` re-encoded as JSON. Without a tool call the text blocks are joined. `stop_reason: max_tokens` marks the
/// answer truncated.
///
/// A base that already ends in `/v1` (`https://api.anthropic.com/v1`) is accepted as well.
public struct AnthropicProvider: LLMProvider {
    /// `anthropic`.
    public var name: String { "anthropic" }

    let endpoint: ProviderEndpoint
    let apiKey: String?
    let http: ProviderHTTP

    /// Creates a provider.
    ///
    /// - Parameters:
    ///   - baseURL: The API base, e.g. `https://api.anthropic.com`.
    ///   - apiKey: Sent as `x-api-key`; nil or empty sends none (a local proxy that needs no key).
    ///   - httpClient: The shared client; the caller shuts it down.
    public init(baseURL: String, apiKey: String?, httpClient: HTTPClient) {
        let key = apiKey.flatMap { $0.isEmpty ? nil : $0 }
        self.endpoint = ProviderEndpoint(base: baseURL, path: "/v1/messages", droppingDuplicate: "/v1")
        self.apiKey = key
        self.http = ProviderHTTP(httpClient: httpClient, apiKey: key)
    }

    /// Sends one Messages request.
    public func complete(_ request: LLMRequest) async throws(LLMError) -> LLMCompletion {
        let url = try endpoint.url.get()
        var headers: [(name: String, value: String)] = [
            (name: "anthropic-version", value: AnthropicWire.version)
        ]
        if let apiKey { headers.append((name: "x-api-key", value: apiKey)) }
        let response = try await http.post(
            url, headers: headers, body: try AnthropicWire.body(request).encoded, timeout: request.timeout
        )
        return try AnthropicWire.completion(response, apiKey: apiKey)
    }
}
