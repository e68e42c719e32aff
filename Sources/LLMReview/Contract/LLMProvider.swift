/// A chat model behind an HTTP API. One implementation per wire format: OpenAI-compatible Chat Completions
/// (OpenAI, Ollama, vLLM, llama.cpp server, LM Studio, OpenRouter) and the Anthropic Messages API.
///
/// Implementations send exactly one request per call (no retries: ``ModelClient`` retries, paces and breaks the
/// circuit), honour `request.timeout`, and throw ``LLMError``. They never log the API key or the prompt.
public protocol LLMProvider: Sendable {
    /// `openai` or `anthropic`, for metrics and logs.
    var name: String { get }
    /// Sends one completion request.
    func complete(_ request: LLMRequest) async throws(LLMError) -> LLMCompletion
}

/// One request to the model.
public struct LLMRequest: Sendable, Hashable {
    /// The system prompt (the reviewer's identity, rules and answer format).
    public var system: String
    /// The user message (the change, the rule findings, the memory).
    public var user: String
    /// The JSON schema the answer must follow (`{"findings": [...]}`), as JSON text; sent as
    /// `response_format: {type: json_schema}` (OpenAI) or a forced tool's `input_schema` (Anthropic) when
    /// `structuredOutput` is true.
    public var schema: String
    /// Whether to ask the provider to enforce ``schema``; off for servers that reject `response_format`.
    public var structuredOutput: Bool
    /// The model name.
    public var model: String
    /// The output token cap (`max_tokens`).
    public var maxOutputTokens: Int
    /// Sampling temperature.
    public var temperature: Double
    /// The time this one request may take.
    public var timeout: Duration

    /// Creates a request.
    public init(
        system: String, user: String, schema: String, structuredOutput: Bool, model: String, maxOutputTokens: Int,
        temperature: Double, timeout: Duration
    ) {
        self.system = system
        self.user = user
        self.schema = schema
        self.structuredOutput = structuredOutput
        self.model = model
        self.maxOutputTokens = maxOutputTokens
        self.temperature = temperature
        self.timeout = timeout
    }
}

/// The model's answer.
public struct LLMCompletion: Sendable, Hashable {
    /// The answer text: the JSON document (OpenAI `message.content`; Anthropic: the forced tool's `input`
    /// re-encoded as JSON, or the text blocks joined when no tool was used).
    public var text: String
    /// Input tokens the provider counted (`usage.prompt_tokens` / `usage.input_tokens`), when given.
    public var inputTokens: Int?
    /// Output tokens (`usage.completion_tokens` / `usage.output_tokens`), when given.
    public var outputTokens: Int?
    /// The answer was cut at the output cap (`finish_reason: length` / `stop_reason: max_tokens`).
    public var truncated: Bool

    /// Creates a completion.
    public init(text: String, inputTokens: Int? = nil, outputTokens: Int? = nil, truncated: Bool = false) {
        self.text = text
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.truncated = truncated
    }
}

/// Why a model request failed. Messages never contain the API key or the prompt.
public struct LLMError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure.
    public enum Kind: String, Sendable, Hashable {
        /// 429; ``retryAfter`` holds the provider's `Retry-After` when given.
        case rateLimited
        /// 5xx (Anthropic 529 "overloaded" included).
        case server
        /// The request took longer than its timeout.
        case timeout
        /// Connection refused, reset, DNS.
        case network
        /// 401/403: the key is wrong. Not retried.
        case unauthorized
        /// Any other 4xx (bad model name, bad request). Not retried.
        case rejected
        /// The body is not the provider's format.
        case invalidResponse
        /// The circuit breaker is open after repeated failures; nothing was sent.
        case circuitOpen
        /// The review's deadline passed; nothing more is sent.
        case deadline
    }

    /// The kind.
    public var kind: Kind
    /// The HTTP status, when there was one.
    public var status: Int?
    /// Seconds to wait, from `Retry-After`.
    public var retryAfter: Double?
    /// A short description for logs and the summary (no secrets, no prompt).
    public var message: String

    /// Creates an error.
    public init(kind: Kind, status: Int? = nil, retryAfter: Double? = nil, message: String) {
        self.kind = kind
        self.status = status
        self.retryAfter = retryAfter
        self.message = message
    }

    /// 429, 5xx, timeouts and network errors may pass on a later attempt.
    public var isRetryable: Bool {
        switch kind {
        case .rateLimited, .server, .timeout, .network: true
        case .unauthorized, .rejected, .invalidResponse, .circuitOpen, .deadline: false
        }
    }

    public var description: String {
        var text = "model request failed (\(kind.rawValue)"
        if let status { text += ", HTTP \(status)" }
        return text + "): " + message
    }
}
