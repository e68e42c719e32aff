import Foundation
import AsyncHTTPClient
import LLMReview
import Logging

extension AppConfiguration {
    /// `llm.*`: the analysis is on only when both a base URL and a model are set; either alone is an error, so a
    /// half-finished configuration never silently reviews without the model.
    static func readLLM(_ loader: inout ConfigurationLoader) -> LLMSettings? {
        let provider = loader.choice(
            .llmProvider, default: LLMSettings.Provider.openai, LLMSettings.Provider.init(rawValue:),
            allowed: LLMSettings.Provider.allCases.map(\.rawValue))
        let base = loader.url(.llmBaseURL, default: nil)
        let model = loader.string(.llmModel, default: "")
        let key = loader.secret(.llmAPIKey, file: .llmAPIKeyFile)
        var settings = LLMSettings(provider: provider, baseURL: base?.absoluteString ?? "", model: model, apiKey: key)
        settings.requestTimeout = .seconds(loader.int(
            .llmTimeout, default: 60, range: 1...3_600, hint: "use 1-3600 seconds per request"))
        settings.maxConcurrency = loader.int(
            .llmConcurrency, default: settings.maxConcurrency, range: 1...256, hint: "use 1-256 requests at a time")
        settings.temperature = loader.double(
            .llmTemperature, default: settings.temperature, range: 0...2, hint: "use 0-2")
        settings.maxInputTokens = loader.int(
            .llmMaxInputTokens, default: settings.maxInputTokens, range: 1_000...10_000_000,
            hint: "use a number of tokens per pull request (at least 1000)")
        settings.maxInputTokensPerRequest = min(settings.maxInputTokensPerRequest, settings.maxInputTokens)
        settings.maxOutputTokens = loader.int(
            .llmMaxOutputTokens, default: settings.maxOutputTokens, range: 100...1_000_000,
            hint: "use a number of tokens per pull request (at least 100)")
        settings.deadline = .seconds(loader.int(
            .llmDeadline, default: 180, range: 1...86_400, hint: "use 1-86400 seconds per review"))
        settings.structuredOutput = loader.bool(.llmStructuredOutput, default: settings.structuredOutput)
        let neverSend = loader.string(.llmNeverSend, default: settings.neverSend.joined(separator: ","))
        settings.neverSend = neverSend.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        settings.inputCostPerMillion = loader.double(
            .llmInputCost, default: 0, range: 0...1_000_000, hint: "use a price per million input tokens")
        settings.outputCostPerMillion = loader.double(
            .llmOutputCost, default: 0, range: 0...1_000_000, hint: "use a price per million output tokens")
        switch (base, model.isEmpty) {
        case (nil, true):
            return nil
        case (nil, false):
            loader.report(.error(ConfigKey.llmBaseURL.path, "llm.model is set but llm.base_url is not; set both or neither"))
            return nil
        case (.some, true):
            loader.report(.error(ConfigKey.llmModel.path, "llm.base_url is set but llm.model is not; set both or neither"))
            return nil
        case (.some, false):
            return settings
        }
    }
}

extension LLMSettings {
    /// An HTTP client for the model's API. A refused connection fails at once (AsyncHTTPClient would otherwise
    /// keep reconnecting until the request timeout, eating the review's deadline); `ModelClient` retries it.
    static func makeHTTPClient() -> HTTPClient {
        var configuration = HTTPClient.Configuration(timeout: .init(connect: .seconds(10)))
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// The analyst for these settings: the provider on `httpClient`, with retries, the concurrency limit and the
    /// circuit breaker shared by every review that uses it.
    func analyst(httpClient: HTTPClient, logger: Logger) -> ModelAnalyst {
        let provider = LLMProviderFactory.make(self, httpClient: httpClient)
        return ModelAnalyst(client: ModelClient(provider: provider, settings: self, logger: logger), settings: self)
    }
}
