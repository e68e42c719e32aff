/// One entry of `decisions[]` (seed §9, "Formato para nueva decisión").
///
/// The bot reads and writes machine-readable scope in ``tags`` (see docs/expertise.md):
/// `rule:<id>` names the rule, `scope:<glob>` the paths (none: the whole repository), and `not-applicable` or
/// `applies` says which way reviewers decided. `demoted` marks a rule demoted one severity level in this
/// repository; `demotion-undone` marks one an admin restored.
public struct Decision: Sendable, Hashable {
    /// `id`, `BE<PR>-<SEQ>`, e.g. `BE109-003`.
    public var id: String
    /// `context`: the situation.
    public var context: String
    /// `decision`: what was decided and why.
    public var decision: String
    /// `confidence_score`, 0...1.
    public var confidenceScore: Double
    /// `validated_count`: times reviewers confirmed it.
    public var validatedCount: Int
    /// `failed_count`: times reviewers contradicted it.
    public var failedCount: Int
    /// `last_used`, ISO 8601.
    public var lastUsed: String?
    /// `tags`.
    public var tags: [String]
    /// Keys the bot does not know, in file order.
    public var extra: [YAMLEntry]

    /// Creates a decision.
    public init(
        id: String, context: String, decision: String, confidenceScore: Double, validatedCount: Int = 1,
        failedCount: Int = 0, lastUsed: String? = nil, tags: [String] = [], extra: [YAMLEntry] = []
    ) {
        self.id = id
        self.context = context
        self.decision = decision
        self.confidenceScore = confidenceScore
        self.validatedCount = validatedCount
        self.failedCount = failedCount
        self.lastUsed = lastUsed
        self.tags = tags
        self.extra = extra
    }
}
