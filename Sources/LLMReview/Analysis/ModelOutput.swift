/// What ``ModelOutputParser`` read from one answer.
public struct ModelOutput: Sendable, Hashable {
    /// The well-formed entries, in answer order.
    public var candidates: [ModelFindingCandidate]
    /// Entries that could not be read, by reason (`malformed`, `truncated`).
    public var dropped: [String: Int]
    /// False when the answer held no findings JSON at all (prose, an apology, garbage).
    public var foundJSON: Bool
    /// True when the answer ended before its findings array did.
    public var truncated: Bool

    /// Creates a parse result.
    public init(
        candidates: [ModelFindingCandidate] = [], dropped: [String: Int] = [:], foundJSON: Bool = true,
        truncated: Bool = false
    ) {
        self.candidates = candidates
        self.dropped = dropped
        self.foundJSON = foundJSON
        self.truncated = truncated
    }
}
