import Metrics

/// The analysis's own counter: dropped model findings by reason. Requests, tokens, latency and cost are
/// counted by the client.
struct AnalysisMetrics: Sendable {
    static let droppedFindings = "backend_review_llm_dropped_findings_total"

    /// Where the counters go; nil for the process-wide `MetricsSystem`.
    let factory: (any MetricsFactory)?

    /// Counts `dropped` (reason → count).
    func recordDropped(_ dropped: [String: Int]) {
        for (reason, count) in dropped.sorted(by: { $0.key < $1.key }) where count > 0 {
            let dimensions = [("reason", reason)]
            let counter =
                factory.map { Counter(label: Self.droppedFindings, dimensions: dimensions, factory: $0) }
                ?? Counter(label: Self.droppedFindings, dimensions: dimensions)
            counter.increment(by: count)
        }
    }
}
