import Checklists
import Expertise
import Hosts
import LLMReview
import Logging
import Metrics
import ReviewCore
import ReviewEngine

/// One pull-request review, end to end: fetch → memory (Pre-Tarea) → checklist → plan → publish → memory
/// (Post-Tarea).
///
/// Every step is idempotent, so a job that crashed, timed out or was cut off half way through publication can
/// simply run again: findings already on the pull request are recognised by their fingerprints and the summary
/// is edited in place.
public struct ReviewPipeline: Sendable {
    /// Gives the API client per host.
    public var hosts: any HostResolver
    /// The checklist.
    public var catalog: CatalogProvider
    /// Operator settings.
    public var settings: PipelineSettings
    /// The expertise memory; `nil` reviews without one (dry runs).
    public var memory: ReviewMemory?
    /// The model analysis; `nil` reviews with the rules alone (the default).
    public var analyst: ModelAnalyst?

    /// Creates a pipeline.
    public init(
        hosts: any HostResolver, catalog: CatalogProvider, settings: PipelineSettings = PipelineSettings(),
        memory: ReviewMemory? = nil, analyst: ModelAnalyst? = nil
    ) {
        self.hosts = hosts
        self.catalog = catalog
        self.settings = settings
        self.memory = memory
        self.analyst = analyst
    }

    /// Reviews the pull request `event` names, at its current head.
    ///
    /// - Parameter task: identifies this task in the memory (the job's delivery id), so a retried job is not
    ///   counted twice; `nil` always counts.
    public func review(_ event: PullRequestEvent, task: String? = nil, logger: Logger) async throws -> ReviewOutcome {
        let host = try await hosts.host(for: event.host, installationID: event.installationID)
        let ref = event.ref
        let snapshot = try await host.pullRequest(ref)
        guard snapshot.isOpen else { return .skipped("the pull request is closed", headSHA: snapshot.headSHA) }
        if snapshot.isDraft && !settings.reviewDrafts {
            return .skipped("the pull request is a draft", headSHA: snapshot.headSHA)
        }
        await markPending(host, ref: ref, sha: snapshot.headSHA, logger: logger)

        var notes: [String] = []
        let config = await repositoryConfig(host, event: event, snapshot: snapshot, notes: &notes, logger: logger)
        let guidance = await memory?.guidance(
            host: host, ref: ref, branch: Self.defaultBranch(event, snapshot), notes: &notes, logger: logger)
        let diff = UnifiedDiff(parsing: try await host.diff(ref, snapshot: snapshot))
        let runCatalog = config.apply(to: catalog.current)
        let contents = try await HeadContents.fetch(
            host: host, repository: event.repository, sha: snapshot.headSHA, diff: diff,
            projectFiles: runCatalog.projectFilesNeeded, settings: settings, notes: &notes)

        let language: ReviewOptions.LanguageChoice = switch config.language {
        case .en: .en
        case .es: .es
        case nil: .auto
        }
        var report = try ReviewEngine(catalog: runCatalog).review(
            diff: diff, contents: contents, description: [snapshot.title, snapshot.body],
            options: ReviewOptions(language: language))
        report = Self.dropIgnoredPaths(report, config: config)
        var suppressedByMemory: [Finding] = []
        if let guidance {
            let guided = guidance.apply(to: report)
            report = guided.report
            suppressedByMemory = guided.suppressed
        }
        report.summary.notes += notes
        if let analyst {
            // The model sees what the rules found (after the memory) and the memory's briefing; whatever it
            // answers is verified against this diff before it can be posted. It never fails the review.
            let input = AnalysisInput(
                diff: diff, ruleFindings: report.findings, title: snapshot.title, body: snapshot.body,
                language: report.summary.language,
                memoryBriefing: guidance?.briefing.render(language: report.summary.language) ?? "",
                knownSecrets: AnalysisInput.knownSecrets(in: report.findings))
            report = report.merging(await analyst.analyze(input, logger: logger))
        }

        let existing = try await host.comments(ref)
        let plan = PublicationPlan(
            report: report, diff: diff, existing: existing, botLogin: try await host.botLogin(),
            failOn: config.failOn ?? settings.failOn)
        if !plan.inline.isEmpty {
            try await host.postInlineComments(ref, snapshot: snapshot, comments: plan.inline)
        }
        if let summary = plan.existingSummary {
            if summary.body != plan.summaryBody { try await host.updateComment(ref, comment: summary, body: plan.summaryBody) }
        } else {
            _ = try await host.createComment(ref, body: plan.summaryBody)
        }
        try await host.setStatus(ref, sha: snapshot.headSHA, status: plan.status)

        if let memory {
            let record = ExpertiseMemory.ReviewRecord(
                subject: "#\(ref.number)", number: ref.number, headSHA: snapshot.headSHA, findings: report.findings,
                rules: report.rules, taskKey: task, language: report.summary.language, suppressed: suppressedByMemory)
            try await memory.record(record, ref: ref, logger: logger)
        }
        for finding in report.findings {
            Counter(label: "backend_review_findings_total", dimensions: [
                ("severity", finding.severity.rawValue), ("section", finding.section.rawValue),
            ]).increment()
        }
        return ReviewOutcome(
            skipped: nil, headSHA: snapshot.headSHA, findings: report.findings.count, posted: plan.inline.count,
            alreadyPosted: plan.alreadyPosted, resolved: plan.resolved.count, summaryUpdated: plan.existingSummary != nil,
            suppressedByMemory: suppressedByMemory.count)
    }

    /// The pending status is a courtesy: a retried job may find it already set (GitLab refuses pending → pending),
    /// and the final status is what matters, so a failure here is logged and the review goes on.
    private func markPending(_ host: any CodeHost, ref: PullRequestRef, sha: String, logger: Logger) async {
        do {
            try await host.setStatus(ref, sha: sha, status: CommitStatus(state: .pending, description: "reviewing"))
        } catch {
            logger.notice("pending status not set", metadata: ["error": "\(error)"])
        }
    }

    /// `.backend-review.yml` from the default branch. A missing file means defaults; a broken one is reported
    /// in the summary and the review goes on with defaults.
    private func repositoryConfig(
        _ host: any CodeHost, event: PullRequestEvent, snapshot: PullRequestSnapshot, notes: inout [String],
        logger: Logger
    ) async -> RepositoryConfig {
        let branch = Self.defaultBranch(event, snapshot)
        do {
            guard let bytes = try await host.fileContents(event.repository, path: RepositoryConfig.fileName, ref: branch)
            else { return RepositoryConfig() }
            let config = try RepositoryConfig.parse(bytes)
            let unknown = config.unknownRules(in: catalog.current)
            if !unknown.isEmpty {
                notes.append("\(RepositoryConfig.fileName) names unknown rules: \(unknown.joined(separator: ", "))")
            }
            return config
        } catch let error as ChecklistError {
            notes.append("\(RepositoryConfig.fileName) on \(branch) is invalid and was ignored: \(error)")
            logger.warning("invalid repository config", metadata: ["review.config.error": "\(error)"])
            return RepositoryConfig()
        } catch {
            notes.append("\(RepositoryConfig.fileName) could not be read from \(branch); defaults were used")
            logger.warning("repository config unreadable", metadata: ["error": "\(error)"])
            return RepositoryConfig()
        }
    }

    /// Configuration and the team's memory come from here, never from the pull request's head.
    static func defaultBranch(_ event: PullRequestEvent, _ snapshot: PullRequestSnapshot) -> String {
        snapshot.defaultBranch ?? event.repository.defaultBranch ?? snapshot.baseRef
    }

    static func dropIgnoredPaths(_ report: ReviewReport, config: RepositoryConfig) -> ReviewReport {
        guard !config.ignorePaths.isEmpty else { return report }
        let kept = report.findings.filter { !config.ignores($0.path) }
        let dropped = report.findings.count - kept.count
        guard dropped > 0 else { return report }
        var summary = report.summary
        let keptPrints = Set(kept.map(\.fingerprint))
        summary.unanchored = summary.unanchored.filter { keptPrints.contains($0.fingerprint) }
        var suppressed = summary.suppressed
        suppressed.count += dropped
        suppressed.byReason.append(.init(reason: "ignore_paths", count: dropped))
        let rebuilt = ReviewSummary(
            findings: kept, filesReviewed: summary.filesReviewed, linesAdded: summary.linesAdded,
            rulesEvaluated: summary.rulesEvaluated, language: summary.language, suppressed: suppressed,
            unanchored: summary.unanchored, notes: summary.notes)
        return ReviewReport(findings: kept, summary: rebuilt, rules: report.rules)
    }
}
