/// What was left out on purpose, and why.
public struct SuppressionSummary: Sendable, Hashable, Codable {
    /// Findings suppressed in total.
    public var count: Int
    /// Per reason (e.g. a decision id from the memory file, or `inline-ignore`), in the order given.
    public var byReason: [ReasonCount]

    /// A suppression summary; `count` defaults to the sum of `byReason`.
    public init(count: Int? = nil, byReason: [ReasonCount] = []) {
        self.byReason = byReason
        self.count = count ?? byReason.reduce(0) { $0 + $1.count }
    }

    /// The number of findings suppressed for one reason.
    public struct ReasonCount: Sendable, Hashable, Codable {
        /// A decision id from the memory file, or a reason such as `inline-ignore`.
        public var reason: String
        /// Findings suppressed for it.
        public var count: Int

        /// One reason's count.
        public init(reason: String, count: Int) {
            self.reason = reason
            self.count = count
        }
    }
}
