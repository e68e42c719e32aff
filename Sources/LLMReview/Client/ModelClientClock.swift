/// The time source of ``ModelClient``: what "now" is and how to wait. Tests swap in a virtual clock so backoff,
/// `Retry-After` and the breaker's cooldown are asserted without sleeping.
struct ModelClientClock: Sendable {
    /// The current instant, on the clock the review's deadline is on.
    var now: @Sendable () -> ContinuousClock.Instant
    /// Waits `duration`; throws when the task is cancelled.
    var sleep: @Sendable (Duration) async throws -> Void

    /// Real time.
    static let continuous = ModelClientClock(
        now: { ContinuousClock.now },
        sleep: { duration in try await Task.sleep(for: duration) }
    )
}
