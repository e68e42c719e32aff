import Hosts
import JobQueue
import Metrics

/// The intake's metrics, made through an explicit swift-metrics factory.
///
/// `MetricsSystem.bootstrap` can run once per process, so the server never relies on it: pass the factory
/// that feeds the registry `/metrics` serves (usually `PrometheusMetricsFactory(registry:)`), and tests can
/// give each server its own registry.
public struct ServerMetrics: Sendable {
    private let factory: any MetricsFactory

    /// Creates the metrics over `factory`.
    public init(factory: any MetricsFactory) {
        self.factory = factory
    }

    /// Counts one delivery. `eventName` is the raw event header; it is folded into a fixed set of labels so an
    /// unauthenticated caller cannot create new time series.
    public func recordDelivery(host: HostKind, eventName: String?, outcome: DeliveryOutcome) {
        let dimensions = [
            ("host", host.rawValue), ("event", Self.eventLabel(eventName)), ("outcome", outcome.rawValue),
        ]
        Counter(label: MetricName.deliveries, dimensions: dimensions, factory: factory).increment()
    }

    /// Sets the queue gauges from a snapshot: one `state` series per job state (0 when absent).
    public func recordQueue(_ stats: QueueStats) {
        for state in JobState.allCases {
            Gauge(label: MetricName.queueDepth, dimensions: [("state", state.rawValue)], factory: factory)
                .record(stats.counts[state] ?? 0)
        }
        Gauge(label: MetricName.queueOldestAge, factory: factory).record(stats.oldestQueuedAge ?? 0)
    }

    /// Event header values that keep their name as a label; anything else is `other`, a missing header `none`.
    static let knownEvents: Set<String> = [
        "pull_request", "issue_comment", "pull_request_review_comment", "pull_request_review",
        "pull_request_comment", "ping", "push", "merge_request_hook", "note_hook", "push_hook", "system_hook",
    ]

    /// `Merge Request Hook` → `merge_request_hook`; unknown names → `other`.
    static func eventLabel(_ eventName: String?) -> String {
        guard let eventName else { return "none" }
        let normalised = eventName.lowercased().replacingOccurrences(of: " ", with: "_")
        return knownEvents.contains(normalised) ? normalised : "other"
    }
}
