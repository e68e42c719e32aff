/// How the model analysis runs (configuration keys `llm.*`, docs/configuration.md). Off unless a model and a
/// base URL are configured.
public struct LLMSettings: Sendable, Hashable {
    /// The wire format.
    public enum Provider: String, Sendable, Hashable, CaseIterable {
        /// OpenAI-compatible Chat Completions (`POST {base}/chat/completions`).
        case openai
        /// Anthropic Messages (`POST {base}/v1/messages`).
        case anthropic
    }

    /// The wire format.
    public var provider: Provider
    /// The API base, e.g. `https://api.openai.com/v1`, `http://127.0.0.1:11434/v1` (Ollama),
    /// `https://api.anthropic.com`.
    public var baseURL: String
    /// The model name.
    public var model: String
    /// The API key; `nil` for local servers that need none. Never logged.
    public var apiKey: String?
    /// Per-request timeout.
    public var requestTimeout: Duration
    /// Requests in flight at once, across reviews.
    public var maxConcurrency: Int
    /// Sampling temperature.
    public var temperature: Double
    /// Input token budget per pull request (estimated; all chunks together).
    public var maxInputTokens: Int
    /// Output token budget per pull request (all chunks together); each request gets its share.
    public var maxOutputTokens: Int
    /// Input tokens per request: larger pull requests are split by file into several requests.
    public var maxInputTokensPerRequest: Int
    /// The whole model analysis of one review must end by then.
    public var deadline: Duration
    /// Attempts per request (429/5xx/timeouts are retried with backoff, honouring `Retry-After`).
    public var maxAttempts: Int
    /// Consecutive failed requests that open the circuit breaker.
    public var breakerThreshold: Int
    /// How long the breaker stays open before one request may try again.
    public var breakerCooldown: Duration
    /// Ask the provider to enforce the JSON schema (`response_format` / forced tool); off for servers without.
    public var structuredOutput: Bool
    /// Files never sent to the model (globs): `.env*`, `*.pem`, `secrets/**` by default.
    public var neverSend: [String]
    /// Prices for the cost estimate, per million tokens (0: not estimated).
    public var inputCostPerMillion: Double
    /// See ``inputCostPerMillion``.
    public var outputCostPerMillion: Double

    /// The defaults documented in docs/configuration.md.
    public init(
        provider: Provider = .openai, baseURL: String, model: String, apiKey: String? = nil,
        requestTimeout: Duration = .seconds(60), maxConcurrency: Int = 4, temperature: Double = 0.1,
        maxInputTokens: Int = 60_000, maxOutputTokens: Int = 8_000, maxInputTokensPerRequest: Int = 20_000,
        deadline: Duration = .seconds(180), maxAttempts: Int = 3, breakerThreshold: Int = 5,
        breakerCooldown: Duration = .seconds(60), structuredOutput: Bool = true,
        neverSend: [String] = LLMSettings.defaultNeverSend, inputCostPerMillion: Double = 0,
        outputCostPerMillion: Double = 0
    ) {
        self.provider = provider
        self.baseURL = baseURL
        self.model = model
        self.apiKey = apiKey
        self.requestTimeout = requestTimeout
        self.maxConcurrency = maxConcurrency
        self.temperature = temperature
        self.maxInputTokens = maxInputTokens
        self.maxOutputTokens = maxOutputTokens
        self.maxInputTokensPerRequest = maxInputTokensPerRequest
        self.deadline = deadline
        self.maxAttempts = maxAttempts
        self.breakerThreshold = breakerThreshold
        self.breakerCooldown = breakerCooldown
        self.structuredOutput = structuredOutput
        self.neverSend = neverSend
        self.inputCostPerMillion = inputCostPerMillion
        self.outputCostPerMillion = outputCostPerMillion
    }

    /// Secret-bearing files that never leave the machine.
    public static let defaultNeverSend = [".env*", "*.pem", "*.key", "secrets/**", "*.p12", "id_rsa*"]
}
