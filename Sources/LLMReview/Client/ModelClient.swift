import Logging
import Metrics
import NIOConcurrencyHelpers

/// Sends model requests with the review's policies around the provider: at most `maxConcurrency` requests in
/// flight across every review that shares this client, retries of 429/5xx/timeouts/network errors with exponential
/// backoff and jitter (a provider's `Retry-After` is honoured up to 60 s), the review's deadline (no request starts
/// and no backoff sleeps past it), and a circuit breaker that fails fast after repeated failures.
///
/// Create one per process and share it: the limit and the breaker are per client.
///
/// ```swift
/// let provider = LLMProviderFactory.make(settings, httpClient: httpClient)
/// let client = ModelClient(provider: provider, settings: settings, logger: logger)
/// let completion = try await client.complete(request, deadline: .now + settings.deadline)
/// ```
///
/// Metrics (labels `provider`, docs/llm.md): `backend_review_llm_requests_total{outcome}`,
/// `backend_review_llm_tokens_total{direction}`, `backend_review_llm_request_duration_seconds`,
/// `backend_review_llm_cost_total` and `backend_review_llm_breaker_open`. Neither logs nor errors carry the API key
/// or the prompt.
public final class ModelClient: ModelCompleting {
    let provider: any LLMProvider
    let settings: LLMSettings
    let logger: Logger
    let metrics: ModelClientMetrics
    let clock: ModelClientClock
    let jitter: @Sendable () -> Double
    let policy: ModelRetryPolicy
    let slots: RequestSlots
    let breaker: NIOLockedValueBox<CircuitBreaker>

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - provider: Sends one request per call.
    ///   - settings: `maxConcurrency`, `maxAttempts`, `breakerThreshold`, `breakerCooldown`, the prices for the cost
    ///     estimate, and the API key (scrubbed from every message, whichever provider is used).
    ///   - logger: Retries, failures and breaker changes are logged here.
    ///   - metrics: Where metrics go; nil uses the bootstrapped `MetricsSystem`.
    public convenience init(
        provider: any LLMProvider, settings: LLMSettings, logger: Logger, metrics: (any MetricsFactory)? = nil
    ) {
        self.init(
            provider: provider, settings: settings, logger: logger, metrics: metrics, clock: .continuous,
            jitter: { Double.random(in: 0..<1) }
        )
    }

    /// Creates a client on `clock`, with `jitter` in `0..<1` (tests pass a virtual clock and a fixed jitter).
    init(
        provider: any LLMProvider, settings: LLMSettings, logger: Logger, metrics: (any MetricsFactory)?,
        clock: ModelClientClock, jitter: @escaping @Sendable () -> Double
    ) {
        self.provider = provider
        self.settings = settings
        self.logger = logger
        self.metrics = ModelClientMetrics(provider: provider.name, factory: metrics)
        self.clock = clock
        self.jitter = jitter
        self.policy = ModelRetryPolicy(maxAttempts: settings.maxAttempts)
        self.slots = RequestSlots(limit: settings.maxConcurrency)
        self.breaker = NIOLockedValueBox(
            CircuitBreaker(threshold: settings.breakerThreshold, cooldown: settings.breakerCooldown)
        )
    }

    /// Completes `request`, retrying what may pass, and gives up at `deadline`.
    ///
    /// - Throws: ``LLMError``: the last attempt's error; ``LLMError/Kind/circuitOpen`` when the breaker refused
    ///   (nothing sent); ``LLMError/Kind/deadline`` when the deadline passed, leaves no time for the backoff, or the
    ///   task was cancelled.
    public func complete(_ request: LLMRequest, deadline: ContinuousClock.Instant) async throws(LLMError)
        -> LLMCompletion
    {
        var attempt = 0
        var lastFailure: LLMError?
        while true {
            attempt += 1
            if Task.isCancelled { throw cancelled() }
            guard clock.now() < deadline else { throw deadlinePassed(after: lastFailure) }
            let admission = try admit()
            do throws(LLMError) {
                try await acquireSlot(before: deadline)
            } catch {
                settle(admission: admission, outcome: .neutral)
                throw error.kind == .deadline && lastFailure != nil ? deadlinePassed(after: lastFailure) : error
            }
            let result = await send(request, deadline: deadline)
            slots.release()
            switch result {
            case .success(let completion):
                settle(admission: admission, outcome: .success)
                record(completion)
                return completion
            case .failure(let error):
                settle(admission: admission, outcome: Self.breakerOutcome(error))
                metrics.request(outcome: ModelClientMetrics.outcome(error.kind))
                lastFailure = error
                let wait: Duration
                switch policy.decide(error, attempt: attempt, jitter: jitter()) {
                case .fail:
                    logFailure(error, attempts: attempt)
                    throw error
                case .retry(let after):
                    wait = after
                }
                guard clock.now() + wait < deadline else {
                    let failure = deadlinePassed(after: error)
                    logFailure(failure, attempts: attempt)
                    throw failure
                }
                logRetry(error, attempt: attempt, wait: wait)
                do {
                    try await clock.sleep(wait)
                } catch {
                    throw cancelled()
                }
            }
        }
    }

    /// One attempt under the deadline: the request's timeout is cut to the time left, and a timeout caused by that
    /// cut is the deadline's.
    private func send(_ request: LLMRequest, deadline: ContinuousClock.Instant) async -> Result<LLMCompletion, LLMError> {
        let started = clock.now()
        var sent = request
        let left = deadline - started
        let cut = left < request.timeout
        if cut { sent.timeout = left }
        let result: Result<LLMCompletion, LLMError>
        do throws(LLMError) {
            result = .success(try await provider.complete(sent))
        } catch {
            var error = error
            if cut && error.kind == .timeout {
                error = LLMError(
                    kind: .deadline, message: "the review's model deadline passed while waiting for an answer"
                )
            }
            error.message = ProviderErrors.scrub(error.message, apiKey: settings.apiKey)
            result = .failure(error)
        }
        metrics.duration(clock.now() - started)
        return result
    }

    /// Counts a success: outcome, tokens and the estimated cost.
    private func record(_ completion: LLMCompletion) {
        metrics.request(outcome: "success")
        metrics.tokens(input: completion.inputTokens, output: completion.outputTokens)
        metrics.cost(
            settings.estimatedCost(inputTokens: completion.inputTokens ?? 0, outputTokens: completion.outputTokens ?? 0)
        )
    }

    /// How a failure counts for the breaker: a provider that is down, limiting, unreachable, refusing the key or
    /// answering garbage counts; a rejection of this one request, the review's deadline and cancellation don't.
    static func breakerOutcome(_ error: LLMError) -> CircuitBreaker.Outcome {
        switch error.kind {
        case .rateLimited, .server, .timeout, .network, .unauthorized, .invalidResponse: .failure
        case .rejected, .deadline, .circuitOpen: .neutral
        }
    }

    private func deadlinePassed(after failure: LLMError?) -> LLMError {
        var message = "the review's model deadline passed"
        if let failure {
            message += "; last failure: \(failure.kind.rawValue)"
            if let status = failure.status { message += ", HTTP \(status)" }
            message += " (\(failure.message))"
        }
        return LLMError(kind: .deadline, message: message)
    }

    private func cancelled() -> LLMError {
        LLMError(kind: .deadline, message: "the model analysis was cancelled")
    }
}
