/// Everything one review found, ready to render: the findings (ranked), a summary, and the rules that
/// were evaluated (SARIF lists them as the tool's rules).
///
/// ```swift
/// let report = ReviewReport(findings: FindingSet.finalize(raw), rules: catalog, filesReviewed: 4,
///                           linesAdded: 120, language: .es)
/// print(MarkdownReport.render(report, language: report.summary.language))
/// ```
public struct ReviewReport: Sendable, Hashable, Codable {
    /// All findings, anchored or not, in rank order (see `FindingSet.finalize`).
    public var findings: [Finding]
    /// Counts, numbers and notes for the top of the review.
    public var summary: ReviewSummary
    /// Descriptors of the rules that were evaluated; findings whose rule is missing here still render.
    public var rules: [RuleDescriptor]

    /// A report with an explicit summary.
    public init(findings: [Finding], summary: ReviewSummary, rules: [RuleDescriptor]) {
        self.findings = findings
        self.summary = summary
        self.rules = rules
    }

    /// A report whose summary counts are computed from `findings`.
    ///
    /// `rulesEvaluated` defaults to the number of `rules`.
    public init(
        findings: [Finding], rules: [RuleDescriptor] = [], filesReviewed: Int = 0, linesAdded: Int = 0,
        rulesEvaluated: Int? = nil, language: Language = .en, suppressed: SuppressionSummary = .init(),
        unanchored: [Finding] = [], notes: [String] = []
    ) {
        self.findings = findings
        self.rules = rules
        self.summary = ReviewSummary(
            findings: findings, filesReviewed: filesReviewed, linesAdded: linesAdded,
            rulesEvaluated: rulesEvaluated ?? rules.count, language: language, suppressed: suppressed,
            unanchored: unanchored, notes: notes)
    }

    /// Whether any finding is at or above `threshold`: the exit status of `review --fail-on`.
    public func failed(at threshold: Severity) -> Bool {
        findings.contains { $0.severity.isAtLeast(threshold) }
    }

    /// The findings that get an inline comment: all but those listed in `summary.unanchored`.
    public var anchoredFindings: [Finding] {
        let unanchored = Set(summary.unanchored.map(\.fingerprint))
        return findings.filter { !unanchored.contains($0.fingerprint) }
    }

    /// The descriptor of `ruleID`, if the report carries one.
    public func rule(_ ruleID: String) -> RuleDescriptor? {
        rules.first { $0.id == ruleID }
    }
}
