import ReviewCore

/// A review after the memory's guidance (seed §4, "Pre-Tarea"): what to publish, and what the memory changed.
public struct GuidedReview: Sendable, Hashable {
    /// The report to publish: suppressed findings gone, demoted rules one level lower and re-ranked, known
    /// blockers cited, summary counts rebuilt.
    public var report: ReviewReport
    /// The findings high-confidence decisions suppressed, as they were before guidance.
    public var suppressed: [Finding]
    /// Ids of the blockers cited in the report's findings, in order of first citation.
    public var citedBlockers: [String]

    /// Creates a guided review.
    public init(report: ReviewReport, suppressed: [Finding], citedBlockers: [String]) {
        self.report = report
        self.suppressed = suppressed
        self.citedBlockers = citedBlockers
    }
}
