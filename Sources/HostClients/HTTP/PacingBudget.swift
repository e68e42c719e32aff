/// How many content-creating requests (POST, PATCH, PUT) a client may send in any window of time.
///
/// GitHub allows 80 a minute before its secondary rate limit answers 403; the GitHub client paces under that by
/// default. The window is configurable so tests can use a short one.
public struct PacingBudget: Sendable, Hashable {
    /// Requests allowed in any window.
    public var requests: Int
    /// The window.
    public var window: Duration

    /// Creates a budget of `requests` per `window`.
    public init(requests: Int, per window: Duration) {
        self.requests = max(1, requests)
        self.window = window
    }

    /// `requests` per minute.
    public static func perMinute(_ requests: Int) -> PacingBudget {
        PacingBudget(requests: requests, per: .seconds(60))
    }
}
