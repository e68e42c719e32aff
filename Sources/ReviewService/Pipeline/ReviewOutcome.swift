/// What one review job did, for logs, metrics and tests.
public struct ReviewOutcome: Sendable, Hashable {
    /// Why nothing was reviewed, when nothing was.
    public var skipped: String?
    /// The head commit reviewed.
    public var headSHA: String?
    /// Findings in the report (anchored or not).
    public var findings: Int
    /// Inline comments posted by this run.
    public var posted: Int
    /// Findings already on the pull request from earlier runs.
    public var alreadyPosted: Int
    /// Earlier findings the head no longer has.
    public var resolved: Int
    /// Whether the summary comment was edited in place (false: created).
    public var summaryUpdated: Bool
    /// Findings left out by high-confidence decisions of the expertise memory.
    public var suppressedByMemory: Int = 0

    /// A review that did not run.
    public static func skipped(_ reason: String, headSHA: String? = nil) -> ReviewOutcome {
        ReviewOutcome(
            skipped: reason, headSHA: headSHA, findings: 0, posted: 0, alreadyPosted: 0, resolved: 0,
            summaryUpdated: false)
    }
}
