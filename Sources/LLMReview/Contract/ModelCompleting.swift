/// Sends a request to the model with the review's policies around it: retries with backoff (honouring
/// `Retry-After`), a concurrency limit, a circuit breaker and the review's deadline. ``ModelClient`` is the real
/// one; tests of the analysis may script their own.
public protocol ModelCompleting: Sendable {
    /// Completes `request`, retrying what may pass, and gives up (``LLMError/Kind/deadline``) at `deadline`.
    func complete(_ request: LLMRequest, deadline: ContinuousClock.Instant) async throws(LLMError) -> LLMCompletion
}
