import Hosts
import ReviewCore

/// What to publish for one review, decided without I/O: which findings get a new inline comment, which earlier
/// ones are resolved, the summary body and the commit status.
///
/// A finding is commented inline only when its line is an added or context line of the diff the host shows, so
/// the bot never asks a host to comment outside the diff (the host's 422); the rest go into the summary.
/// A finding whose fingerprint is already on the pull request is never posted again.
public struct PublicationPlan: Sendable, Hashable {
    /// New inline comments, in rank order.
    public var inline: [InlineCommentDraft]
    /// Anchored findings already on the pull request from an earlier run.
    public var alreadyPosted: Int
    /// Earlier findings the head no longer has.
    public var resolved: [ResolvedFinding]
    /// The summary comment's body.
    public var summaryBody: String
    /// The bot's existing summary comment, updated in place when present.
    public var existingSummary: HostComment?
    /// The commit status for the head.
    public var status: CommitStatus

    /// Plans the publication of `report` against the comments already on the pull request.
    ///
    /// - Parameters:
    ///   - existing: every comment on the pull request; only those by `botLogin` are trusted, so a marker
    ///     pasted by someone else cannot hide a finding.
    ///   - failOn: the status fails when a finding is at or above it; `nil` never fails.
    public init(report: ReviewReport, diff: UnifiedDiff, existing: [HostComment], botLogin: String, failOn: Severity?) {
        let language = report.summary.language
        let own = existing.filter { $0.author == botLogin }
        let postedInline = own.filter(\.isInline)
        let postedFingerprints = Set(postedInline.compactMap { InlineComment.fingerprint(in: $0.body) })

        var report = report
        var drafts: [InlineCommentDraft] = []
        var already = 0
        var unanchored = report.summary.unanchored
        for finding in report.anchoredFindings {
            guard let draft = Self.draft(for: finding, in: diff, language: language) else {
                unanchored.append(finding)
                continue
            }
            if postedFingerprints.contains(finding.fingerprint) {
                already += 1
            } else {
                drafts.append(draft)
            }
        }
        report.summary.unanchored = unanchored

        let current = Set(report.findings.map(\.fingerprint))
        var seen: Set<String> = []
        resolved = postedInline.compactMap { comment -> ResolvedFinding? in
            guard let fingerprint = InlineComment.fingerprint(in: comment.body),
                  !current.contains(fingerprint), seen.insert(fingerprint).inserted
            else { return nil }
            return ResolvedFinding(
                fingerprint: fingerprint, ruleID: InlineComment.ruleID(in: comment.body),
                path: comment.path, line: comment.line)
        }
        inline = drafts
        alreadyPosted = already
        summaryBody = SummaryComment.render(report, language: language, resolved: resolved)
        existingSummary = own.first { !$0.isInline && $0.body.hasPrefix(SummaryComment.marker) }
        status = Self.status(report, failOn: failOn)
    }

    /// The inline comment for `finding`, or nil when its line is not on the new side of the diff.
    static func draft(for finding: Finding, in diff: UnifiedDiff, language: Language) -> InlineCommentDraft? {
        guard let file = diff.file(at: finding.path), !file.isBinary, file.status != .deleted,
              let kind = file.kind(ofNewLine: finding.line)
        else { return nil }
        var oldLine: Int?
        if kind == .context {
            oldLine = file.hunks.lazy.flatMap(\.lines).first { $0.kind == .context && $0.newLine == finding.line }?.oldLine
        }
        let oldPath = file.oldPath != file.path ? file.oldPath : nil
        return InlineCommentDraft(
            path: file.path, line: finding.line, body: InlineComment.render(finding, language: language),
            oldPath: oldPath, oldLine: oldLine)
    }

    static func status(_ report: ReviewReport, failOn: Severity?) -> CommitStatus {
        let counts = report.summary.severityCounts
        let text = "\(counts.critical) critical, \(counts.high) high, \(counts.medium) medium, \(counts.low) low"
        if let failOn, report.failed(at: failOn) {
            return CommitStatus(state: .failure, description: "\(text) (fails at \(failOn.rawValue))")
        }
        return CommitStatus(state: .success, description: report.summary.total == 0 ? "no findings" : text)
    }
}
