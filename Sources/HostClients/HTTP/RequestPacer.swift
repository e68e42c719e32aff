/// Paces content-creating requests under a ``PacingBudget``. One pacer per client instance, so concurrent jobs on
/// one host share the budget.
actor RequestPacer {
    private var window: PacingWindow

    init(budget: PacingBudget) {
        self.window = PacingWindow(budget: budget)
    }

    /// Waits for the next slot. A cancelled waiter gives up its slot unused, which only makes pacing stricter.
    func acquire() async throws {
        let now = ContinuousClock.now
        let grant = window.reserve(now: now)
        if grant > now {
            try await Task.sleep(until: grant, clock: .continuous)
        }
    }
}
