import ArgumentParser
import AsyncHTTPClient
import Foundation
import LLMReview
import Logging
import ReviewCore

/// `--llm-url URL --llm-model NAME`: the same model analysis the server runs, from the command line.
struct LLMOptions: ParsableArguments {
    @Option(name: .customLong("llm-url"), help: "The model API's base URL (e.g. https://api.openai.com/v1, http://127.0.0.1:11434/v1).")
    var url: String?

    @Option(name: .customLong("llm-model"), help: "The model name; with --llm-url it turns the model analysis on.")
    var model: String?

    @Option(name: .customLong("llm-provider"), help: "openai (Chat Completions and compatible servers) or anthropic.")
    var provider: String = LLMSettings.Provider.openai.rawValue

    @Option(name: .customLong("llm-api-key-env"), help: "The environment variable holding the API key.")
    var keyVariable: String = "BACKEND_REVIEW_LLM_API_KEY"

    @Option(name: .customLong("llm-timeout"), help: "Seconds per model request.")
    var timeout: Int = 60

    func validateOptions() throws {
        if (url == nil) != (model == nil) { throw ValidationError("--llm-url and --llm-model go together") }
        if LLMSettings.Provider(rawValue: provider) == nil {
            throw ValidationError("--llm-provider must be one of: \(LLMSettings.Provider.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let url, URL(string: url)?.host == nil { throw ValidationError("--llm-url '\(url)' is not an http(s) URL") }
        if timeout < 1 { throw ValidationError("--llm-timeout must be at least 1 second") }
    }

    /// The settings, or nil when no model was asked for.
    func settings() throws -> LLMSettings? {
        guard let url, let model, let provider = LLMSettings.Provider(rawValue: provider) else { return nil }
        let key = ProcessInfo.processInfo.environment[keyVariable].flatMap { $0.isEmpty ? nil : $0 }
        var settings = LLMSettings(provider: provider, baseURL: url.hasSuffix("/") ? String(url.dropLast()) : url, model: model, apiKey: key)
        settings.requestTimeout = .seconds(timeout)
        return settings
    }
}

/// One model analysis for a local review; a failure becomes a note, the rules' review is printed either way.
enum LocalAnalysis {
    static func run(_ settings: LLMSettings, report: ReviewReport, diff: UnifiedDiff, description: [String]) async -> ReviewReport {
        var logger = Logger(label: "backend-review.llm") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        let httpClient = LLMSettings.makeHTTPClient()
        let input = AnalysisInput(
            diff: diff, ruleFindings: report.findings, title: description.first ?? "",
            body: description.dropFirst().joined(separator: "\n"), language: report.summary.language,
            knownSecrets: AnalysisInput.knownSecrets(in: report.findings))
        let result = await settings.analyst(httpClient: httpClient, logger: logger).analyze(input, logger: logger)
        try? await httpClient.shutdown()
        return report.merging(result)
    }
}
