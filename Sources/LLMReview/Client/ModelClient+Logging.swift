import Logging

extension ModelClient {
    /// One debug line per retry: provider, model, attempt, failure kind, status and the wait. No key, no prompt.
    func logRetry(_ error: LLMError, attempt: Int, wait: Duration) {
        logger.debug(
            "model request retried",
            metadata: metadata(error).merging([
                "llm.attempt": "\(attempt)", "llm.retry.wait_ms": "\(milliseconds(wait))",
            ]) { $1 }
        )
    }

    /// One warning line when a request is given up.
    func logFailure(_ error: LLMError, attempts: Int) {
        logger.warning("model request failed", metadata: metadata(error).merging(["llm.attempts": "\(attempts)"]) { $1 })
    }

    private func metadata(_ error: LLMError) -> Logger.Metadata {
        [
            "llm.provider": "\(provider.name)", "llm.model": "\(settings.model)",
            "llm.error": "\(error.kind.rawValue)", "llm.status": "\(error.status.map(String.init) ?? "none")",
            "llm.message": "\(ProviderErrors.scrub(error.message, apiKey: settings.apiKey))",
        ]
    }
}
