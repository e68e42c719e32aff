/// The two wire formats the fake serves.
public enum FakeLLMAPI: String, Sendable, Hashable, CaseIterable {
    /// OpenAI-compatible Chat Completions: `POST /v1/chat/completions`.
    case openai
    /// Anthropic Messages: `POST /anthropic/v1/messages`.
    case anthropic
}
