import AsyncHTTPClient
import NIOConcurrencyHelpers

/// OpenAI-compatible Chat Completions: OpenAI, Ollama, vLLM, the llama.cpp server, LM Studio, OpenRouter.
///
/// Sends `POST {baseURL}/chat/completions` with a system and a user message, `temperature` and `max_tokens`, and
/// with structured output `response_format: {"type": "json_schema", "json_schema": {"name": "review_findings",
/// "schema": …, "strict": false}}`. `Authorization: Bearer` is sent only when a key is set.
///
/// One exception to "one request per call": some servers reject fields they don't know. When a request with
/// `response_format` gets a 400 that names `response_format` (or `json_schema`), it is sent once more without it,
/// and later calls through this provider (and its copies) leave it out.
///
/// ```swift
/// let provider = OpenAICompatibleProvider(baseURL: "http://127.0.0.1:11434/v1", apiKey: nil, httpClient: client)
/// let completion = try await provider.complete(request)
/// ```
public struct OpenAICompatibleProvider: LLMProvider {
    /// `openai`.
    public var name: String { "openai" }

    let endpoint: ProviderEndpoint
    let apiKey: String?
    let http: ProviderHTTP
    /// Set once the server refused `response_format`; shared by copies.
    let refusesResponseFormat = NIOLockedValueBox(false)

    /// Creates a provider.
    ///
    /// - Parameters:
    ///   - baseURL: The API base, which may carry a path (`https://api.openai.com/v1`).
    ///   - apiKey: The key, sent as `Authorization: Bearer`; nil or empty sends no `Authorization`.
    ///   - httpClient: The shared client; the caller shuts it down.
    public init(baseURL: String, apiKey: String?, httpClient: HTTPClient) {
        let key = apiKey.flatMap { $0.isEmpty ? nil : $0 }
        self.endpoint = ProviderEndpoint(base: baseURL, path: "/chat/completions")
        self.apiKey = key
        self.http = ProviderHTTP(httpClient: httpClient, apiKey: key)
    }

    /// Sends one Chat Completions request (two when the server refuses `response_format`, see above).
    public func complete(_ request: LLMRequest) async throws(LLMError) -> LLMCompletion {
        let url = try endpoint.url.get()
        let useFormat = request.structuredOutput && !refusesResponseFormat.withLockedValue { $0 }
        var headers: [(name: String, value: String)] = []
        if let apiKey { headers.append((name: "Authorization", value: "Bearer \(apiKey)")) }
        let response = try await http.post(
            url, headers: headers, body: try OpenAIWire.body(request, responseFormat: useFormat).encoded,
            timeout: request.timeout
        )
        if useFormat, response.status == 400, OpenAIWire.mentionsResponseFormat(response) {
            refusesResponseFormat.withLockedValue { $0 = true }
            let retried = try await http.post(
                url, headers: headers, body: try OpenAIWire.body(request, responseFormat: false).encoded,
                timeout: request.timeout
            )
            return try OpenAIWire.completion(retried, apiKey: apiKey)
        }
        return try OpenAIWire.completion(response, apiKey: apiKey)
    }
}
