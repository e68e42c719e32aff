/// The numbers and notes at the top of a review.
public struct ReviewSummary: Sendable, Hashable, Codable {
    /// Findings per severity; all four are always present, zeros included.
    public var severityCounts: SeverityCounts
    /// Findings per section: every built-in section (zeros included, in the seed's order), then any
    /// custom section that has findings, alphabetically.
    public var sectionCounts: [SectionCount]
    public var filesReviewed: Int
    public var linesAdded: Int
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
    public init(
        findings: [Finding], language: Language, filesReviewed: Int = 0, linesAdded: Int = 0,
        rulesEvaluated: Int = 0, suppressed: SuppressionSummary = .init(), unanchored: [Finding] = [],
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

/// How many findings there are of each severity.
public struct SeverityCounts: Sendable, Hashable, Codable {
    public var critical: Int
    public var high: Int
    public var medium: Int
    public var low: Int

    /// Explicit counts.
    public init(critical: Int = 0, high: Int = 0, medium: Int = 0, low: Int = 0) {
        self.critical = critical
        self.high = high
        self.medium = medium
        self.low = low
    }

    /// The counts of `findings`.
    public init(_ findings: [Finding]) {
        self.init()
        for finding in findings { self[finding.severity] += 1 }
    }

    /// The count for one severity.
    public subscript(severity: Severity) -> Int {
        get {
            switch severity {
            case .critical: critical
            case .high: high
            case .medium: medium
            case .low: low
            }
        }
        set {
            switch severity {
            case .critical: critical = newValue
            case .high: high = newValue
            case .medium: medium = newValue
            case .low: low = newValue
            }
        }
    }

    /// All four counts added up.
    public var total: Int { critical + high + medium + low }
}

/// The number of findings in one section.
public struct SectionCount: Sendable, Hashable, Codable {
    public var section: Section
    public var count: Int

    /// One section's count.
    public init(section: Section, count: Int) {
        self.section = section
        self.count = count
    }

    /// Built-in sections first (seed order, zeros kept), then custom sections with findings, by name.
    public static func counts(_ findings: [Finding]) -> [SectionCount] {
        var tally: [Section: Int] = [:]
        for finding in findings { tally[finding.section, default: 0] += 1 }
        let builtIn = Section.builtIn.map { SectionCount(section: $0, count: tally[$0] ?? 0) }
        let custom = tally.keys.filter { !Section.builtIn.contains($0) }.sorted()
            .map { SectionCount(section: $0, count: tally[$0] ?? 0) }
        return builtIn + custom
    }
}

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
        public var reason: String
        public var count: Int

        /// One reason's count.
        public init(reason: String, count: Int) {
            self.reason = reason
            self.count = count
        }
    }
}
