import Metrics

/// The model client's metrics, labelled by provider (docs/llm.md "Failure handling").
struct ModelClientMetrics: Sendable {
    /// The `provider` dimension: `openai` or `anthropic`.
    let provider: String
    /// nil: the bootstrapped `MetricsSystem`.
    let factory: (any MetricsFactory)?

    /// Counts one request by how it ended: `success`, an error kind in snake case, or `circuit_open` when the
    /// breaker refused it (nothing was sent).
    func request(outcome: String) {
        counter("backend_review_llm_requests_total", [("provider", provider), ("outcome", outcome)]).increment()
    }

    /// Adds the tokens the provider counted.
    func tokens(input: Int?, output: Int?) {
        if let input, input > 0 {
            counter("backend_review_llm_tokens_total", [("provider", provider), ("direction", "input")])
                .increment(by: Int64(input))
        }
        if let output, output > 0 {
            counter("backend_review_llm_tokens_total", [("provider", provider), ("direction", "output")])
                .increment(by: Int64(output))
        }
    }

    /// Records how long one sent request took.
    func duration(_ elapsed: Duration) {
        let dimensions = [("provider", provider)]
        let timer =
            if let factory {
                Metrics.Timer(label: "backend_review_llm_request_duration_seconds", dimensions: dimensions, factory: factory)
            } else {
                Metrics.Timer(label: "backend_review_llm_request_duration_seconds", dimensions: dimensions)
            }
        timer.recordNanoseconds(max(0, ClientTiming.nanoseconds(elapsed)))
    }

    /// Adds an estimated cost, in the currency of the configured prices.
    func cost(_ amount: Double) {
        guard amount > 0, amount.isFinite else { return }
        let dimensions = [("provider", provider)]
        let counter =
            if let factory {
                FloatingPointCounter(label: "backend_review_llm_cost_total", dimensions: dimensions, factory: factory)
            } else {
                FloatingPointCounter(label: "backend_review_llm_cost_total", dimensions: dimensions)
            }
        counter.increment(by: amount)
    }

    /// 1 while the breaker is open or half-open, 0 once a request succeeded again.
    func breaker(open: Bool) {
        let dimensions = [("provider", provider)]
        let gauge =
            if let factory {
                Gauge(label: "backend_review_llm_breaker_open", dimensions: dimensions, factory: factory)
            } else {
                Gauge(label: "backend_review_llm_breaker_open", dimensions: dimensions)
            }
        gauge.record(open ? 1 : 0)
    }

    private func counter(_ label: String, _ dimensions: [(String, String)]) -> Counter {
        if let factory { return Counter(label: label, dimensions: dimensions, factory: factory) }
        return Counter(label: label, dimensions: dimensions)
    }

    /// The `outcome` label of a failure.
    static func outcome(_ kind: LLMError.Kind) -> String {
        switch kind {
        case .rateLimited: "rate_limited"
        case .server: "server_error"
        case .timeout: "timeout"
        case .network: "network"
        case .unauthorized: "unauthorized"
        case .rejected: "rejected"
        case .invalidResponse: "invalid_response"
        case .circuitOpen: "circuit_open"
        case .deadline: "deadline"
        }
    }
}
