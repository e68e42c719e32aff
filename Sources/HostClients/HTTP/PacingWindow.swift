/// A sliding-window schedule for a ``PacingBudget``: never more than `budget.requests` grants in any window.
///
/// Unlike a token bucket, which lets a full bucket plus its refill through in one window, this never exceeds the
/// host's own count. Pure: callers pass the time and sleep until the grant themselves.
public struct PacingWindow: Sendable {
    /// The budget.
    public let budget: PacingBudget
    /// Grant times still inside a window of now or of a later grant, ascending.
    private var grants: [ContinuousClock.Instant] = []

    /// Creates an empty schedule.
    public init(budget: PacingBudget) {
        self.budget = budget
    }

    /// Reserves the next slot and returns when it starts: `now` while the window has room, otherwise the moment
    /// the oldest grant that fills it leaves the window. Reservations made while others wait queue behind them.
    public mutating func reserve(now: ContinuousClock.Instant) -> ContinuousClock.Instant {
        let horizon = now - budget.window
        if let stale = grants.firstIndex(where: { $0 > horizon }) {
            grants.removeFirst(stale)
        } else {
            grants.removeAll()
        }
        let grant: ContinuousClock.Instant
        if grants.count < budget.requests {
            grant = max(now, grants.last ?? now)
        } else {
            grant = max(now, grants[grants.count - budget.requests] + budget.window)
        }
        grants.append(grant)
        return grant
    }
}
