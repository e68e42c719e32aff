/// The Prometheus metric names of the service, in one place so the server, the worker and the docs agree.
public enum MetricName {
    /// Counter `{host, event, outcome}`: every delivery the intake answered (``DeliveryOutcome`` values).
    public static let deliveries = "backend_review_deliveries_total"
    /// Gauge `{state}`: jobs per ``JobQueue/JobState``, read from the queue when `/metrics` is scraped.
    public static let queueDepth = "backend_review_queue_depth"
    /// Gauge: age in seconds of the oldest job that is queued and available (0 when none).
    public static let queueOldestAge = "backend_review_queue_oldest_age_seconds"
    /// Histogram: how long a job ran (emitted by the worker).
    public static let jobDuration = "backend_review_job_duration_seconds"
    /// Counter `{severity, section}`: findings published (emitted by the worker).
    public static let findings = "backend_review_findings_total"
    /// Counter `{host, status}`: host API calls by HTTP status (emitted by the host clients).
    public static let hostAPIRequests = "backend_review_host_api_requests_total"
    /// Counter: job retries (emitted by the worker).
    public static let retries = "backend_review_retries_total"
    /// Counter: jobs moved to the dead-letter state (emitted by the worker).
    public static let deadLetters = "backend_review_dead_letters_total"
}
