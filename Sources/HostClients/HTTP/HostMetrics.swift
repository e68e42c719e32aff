import Metrics

/// The host API counters, labelled as the operations docs list them.
struct HostMetrics: Sendable {
    /// The `host` dimension: `github`, `gitlab` or `gitea`.
    let host: String
    let factory: (any MetricsFactory)?

    /// Counts one attempt by its outcome: the HTTP status, or `network` when there was no response.
    func request(status: Int?) {
        let dimensions = [("host", host), ("status", status.map(String.init) ?? "network")]
        counter("backend_review_host_api_requests_total", dimensions).increment()
    }

    /// Counts one retry by its reason.
    func retry(_ reason: RetryReason) {
        counter("backend_review_host_api_retries_total", [("host", host), ("reason", reason.rawValue)]).increment()
    }

    private func counter(_ label: String, _ dimensions: [(String, String)]) -> Counter {
        if let factory { return Counter(label: label, dimensions: dimensions, factory: factory) }
        return Counter(label: label, dimensions: dimensions)
    }
}
