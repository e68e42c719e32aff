/// One finding as the model wrote it, before verification: nothing in it is trusted yet.
public struct ModelFindingCandidate: Sendable, Hashable {
    /// The path the model named.
    public var path: String
    /// First flagged line, as the model numbered it.
    public var line: Int
    /// Last flagged line, when given.
    public var endLine: Int?
    /// The severity as written (checked against ``ReviewCore/Severity``).
    public var severity: String
    /// The section as written (checked against the built-in sections).
    public var section: String
    public var title: String
    public var analysis: String
    public var solution: String
    public var why: String
    public var considerations: [String]

    /// Creates a candidate.
    public init(
        path: String, line: Int, endLine: Int? = nil, severity: String, section: String, title: String,
        analysis: String, solution: String = "", why: String = "", considerations: [String] = []
    ) {
        self.path = path
        self.line = line
        self.endLine = endLine
        self.severity = severity
        self.section = section
        self.title = title
        self.analysis = analysis
        self.solution = solution
        self.why = why
        self.considerations = considerations
    }
}

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
