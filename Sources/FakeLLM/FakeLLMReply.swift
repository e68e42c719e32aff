/// What the fake answers to one valid request.
///
/// ```swift
/// llm.enqueue(.status(429, body: #"{"error":{"message":"slow down"}}"#, retryAfter: 1), api: .openai)
/// llm.enqueue(.findings(json: #"{"findings":[]}"#), api: .openai)
/// ```
public indirect enum FakeLLMReply: Sendable, Hashable {
    /// A model answer holding `json`: OpenAI `message.content`; Anthropic the forced tool's `input` when the request
    /// declared tools and `json` is an object, a text block otherwise. `finish_reason: stop` /
    /// `stop_reason: tool_use` or `end_turn`.
    case findings(json: String)
    /// A model answer of raw text (prose around JSON, code fences, a cut answer): OpenAI `message.content`,
    /// Anthropic one text block. `truncated` sets `finish_reason: length` / `stop_reason: max_tokens`.
    case text(String, truncated: Bool = false)
    /// Any status with `body` as given (content type JSON), plus `Retry-After` when given.
    case status(Int, body: String, retryAfter: Int? = nil)
    /// An error in the API's own shape: OpenAI `{"error": {"message", "type", "param", "code"}}`, Anthropic
    /// `{"type": "error", "error": {"type", "message"}}` with the type the status stands for (429
    /// `rate_limit_error`, 529 `overloaded_error`, ...).
    case error(Int, message: String, retryAfter: Int? = nil)
    /// Waits `duration` (cut short when the server stops), then answers `then`.
    case delay(Duration, then: FakeLLMReply)
    /// 200 with a body that is not JSON.
    case malformedBody
}

/// The usage figures the fake reports.
public enum FakeLLMUsage: Sendable, Hashable {
    /// A quarter of the request body's bytes in, a quarter of the answer's out (rounded up). The default.
    case estimated
    /// Exactly these.
    case fixed(input: Int, output: Int)
    /// No `usage` object, as some local servers do.
    case omitted
}
