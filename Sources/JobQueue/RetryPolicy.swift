/// Exponential backoff with full jitter: attempt n waits a random time in [0, min(maxDelay, base·2ⁿ⁻¹)],
/// but at least `minimumDelay`, so a failing host is not hammered and retries of many jobs spread out.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts before a job goes dead.
    public var maxAttempts: Int
    /// The first backoff's upper bound, in seconds.
    public var baseDelay: Double
    /// The cap on any backoff, in seconds.
    public var maxDelay: Double
    /// The floor on any backoff, in seconds.
    public var minimumDelay: Double

    /// Creates a policy.
    public init(maxAttempts: Int = 5, baseDelay: Double = 2, maxDelay: Double = 600, minimumDelay: Double = 0.5) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.minimumDelay = minimumDelay
    }

    /// The delay after failed attempt number `attempt` (1-based), with `unit` a random number in [0, 1).
    public func delay(afterAttempt attempt: Int, unit: Double) -> Double {
        let exponent = Double(max(0, attempt - 1))
        let ceiling = min(maxDelay, baseDelay * pow2(exponent))
        return max(minimumDelay, ceiling * unit)
    }

    private func pow2(_ x: Double) -> Double {
        x >= 62 ? Double.greatestFiniteMagnitude : Double(1 << Int(x))
    }
}
