import AsyncHTTPClient

/// Builds the provider that speaks `settings.provider`'s wire format.
///
/// ```swift
/// let provider = LLMProviderFactory.make(settings, httpClient: httpClient)
/// let client = ModelClient(provider: provider, settings: settings, logger: logger)
/// ```
public enum LLMProviderFactory {
    /// The provider for `settings` (base URL and key from it). An unusable base URL is reported by the first
    /// request as ``LLMError/Kind/rejected``.
    public static func make(_ settings: LLMSettings, httpClient: HTTPClient) -> any LLMProvider {
        switch settings.provider {
        case .openai:
            OpenAICompatibleProvider(baseURL: settings.baseURL, apiKey: settings.apiKey, httpClient: httpClient)
        case .anthropic:
            AnthropicProvider(baseURL: settings.baseURL, apiKey: settings.apiKey, httpClient: httpClient)
        }
    }
}
