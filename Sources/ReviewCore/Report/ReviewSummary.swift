/// The numbers and notes at the top of a review.
public struct ReviewSummary: Sendable, Hashable, Codable {
    /// Findings per severity; all four are always present, zeros included.
    public var severityCounts: SeverityCounts
    /// Findings per section: every built-in section (zeros included, in the seed's order), then any
    /// custom section that has findings, alphabetically.
    public var sectionCounts: [SectionCount]
    /// Files the review looked at.
    public var filesReviewed: Int
    /// Lines the diff adds.
    public var linesAdded: Int
    /// Rules that ran.
    public var rulesEvaluated: Int
    /// The language the review is written in.
    public var language: Language
    /// Findings left out on purpose (recorded decisions, inline ignores).
    public var suppressed: SuppressionSummary
    /// Findings that cannot be placed on a diff line; the summary comment shows them in full.
    /// Each is also in `ReviewReport.findings`.
    public var unanchored: [Finding]
    /// Free-form remarks for the summary (e.g. "model review skipped: no API key").
    public var notes: [String]

    /// A summary with every field given.
    public init(
        severityCounts: SeverityCounts, sectionCounts: [SectionCount], filesReviewed: Int, linesAdded: Int,
        rulesEvaluated: Int, language: Language, suppressed: SuppressionSummary = .init(),
        unanchored: [Finding] = [], notes: [String] = []
    ) {
        self.severityCounts = severityCounts
        self.sectionCounts = sectionCounts
        self.filesReviewed = filesReviewed
        self.linesAdded = linesAdded
        self.rulesEvaluated = rulesEvaluated
        self.language = language
        self.suppressed = suppressed
        self.unanchored = unanchored
        self.notes = notes
    }

    /// A summary whose counts are computed from `findings`.
    ///
    /// ```swift
    /// ReviewSummary(findings: findings, filesReviewed: 4, linesAdded: 120, rulesEvaluated: 35, language: .es)
    /// ```
    public init(
        findings: [Finding], filesReviewed: Int = 0, linesAdded: Int = 0, rulesEvaluated: Int = 0,
        language: Language = .en, suppressed: SuppressionSummary = .init(), unanchored: [Finding] = [],
        notes: [String] = []
    ) {
        self.init(
            severityCounts: SeverityCounts(findings), sectionCounts: SectionCount.counts(findings),
            filesReviewed: filesReviewed, linesAdded: linesAdded, rulesEvaluated: rulesEvaluated,
            language: language, suppressed: suppressed, unanchored: unanchored, notes: notes)
    }

    /// The total number of findings.
    public var total: Int { severityCounts.total }
}
