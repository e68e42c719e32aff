import ReviewCore

/// What the model analysis of one review gets.
public struct AnalysisInput: Sendable {
    /// The change.
    public var diff: UnifiedDiff
    /// Head contents of changed files, by path, when fetched (for context around hunks); may be empty.
    public var contents: [String: String]
    /// What the rules already found (after the memory's guidance), so the model adds and does not repeat.
    public var ruleFindings: [Finding]
    /// The pull request's title and description (hostile input: data, never instructions).
    public var title: String
    public var body: String
    /// The review's language: the model answers in it.
    public var language: Language
    /// The repository's memory for the model (decisions with confidence ≥ 0.9, blockers, anti-patterns), already
    /// rendered; empty when there is none.
    public var memoryBriefing: String
    /// Secret values found by the security rules; replaced by placeholders before anything is sent.
    public var knownSecrets: [String]

    /// Creates an input.
    public init(
        diff: UnifiedDiff, contents: [String: String] = [:], ruleFindings: [Finding], title: String, body: String,
        language: Language, memoryBriefing: String = "", knownSecrets: [String] = []
    ) {
        self.diff = diff
        self.contents = contents
        self.ruleFindings = ruleFindings
        self.title = title
        self.body = body
        self.language = language
        self.memoryBriefing = memoryBriefing
        self.knownSecrets = knownSecrets
    }
}

/// What the model analysis produced. Never an error: a failed analysis is `available == false` with a note.
public struct AnalysisResult: Sendable, Hashable {
    /// Verified model findings (`origin: .model`), deduplicated against the rule findings, ready to merge.
    public var findings: [Finding]
    /// Model findings dropped before posting, by reason (`path_not_in_diff`, `line_not_in_diff`,
    /// `unknown_severity`, `unknown_section`, `too_long`, `empty`, `duplicate_of_rule`, `malformed`, ...).
    public var dropped: [String: Int]
    /// Lines for the review summary: what was not analysed and why, or that the analysis was unavailable.
    public var notes: [String]
    /// Requests sent and tokens used.
    public var usage: LLMUsage
    /// False when no part of the analysis could be done (the review goes on with rule findings).
    public var available: Bool

    /// Creates a result.
    public init(
        findings: [Finding] = [], dropped: [String: Int] = [:], notes: [String] = [], usage: LLMUsage = LLMUsage(),
        available: Bool = true
    ) {
        self.findings = findings
        self.dropped = dropped
        self.notes = notes
        self.usage = usage
        self.available = available
    }
}

/// Requests and tokens of one analysis.
public struct LLMUsage: Sendable, Hashable {
    public var requests: Int
    public var inputTokens: Int
    public var outputTokens: Int
    /// Estimated cost in the configured currency (0 when no prices are set).
    public var estimatedCost: Double

    /// Creates usage figures.
    public init(requests: Int = 0, inputTokens: Int = 0, outputTokens: Int = 0, estimatedCost: Double = 0) {
        self.requests = requests
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.estimatedCost = estimatedCost
    }
}
