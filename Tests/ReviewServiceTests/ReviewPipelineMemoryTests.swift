import Checklists
import Expertise
import Foundation
import Hosts
import JobQueue
import Logging
import ReviewCore
import ReviewService
import Testing

/// The pipeline lives by seed §4 and §9: it reads the repository's memory before a review and records the
/// review after it, in a real file store.
@Suite struct ReviewPipelineMemoryTests {
    let logger = Logger(label: "test")
    let data: String
    let location = MemoryLocation.repository(host: "github", path: "acme/reservas")

    init() throws {
        data = FileManager.default.temporaryDirectory.appendingPathComponent("memory-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    }

    var store: FileExpertiseStore { FileExpertiseStore(dataDirectory: data) }

    func pipeline(_ host: MemoryHost) throws -> ReviewPipeline {
        ReviewPipeline(
            hosts: StaticHostResolver([.github: host]), catalog: try CatalogProvider(directory: nil),
            memory: ReviewMemory(store: store))
    }

    func sampleHost() -> MemoryHost {
        MemoryHost(snapshot: SamplePullRequest.snapshot(), diff: SamplePullRequest.diff, files: SamplePullRequest.files)
    }

    func memory() async throws -> ExpertiseMemory {
        try #require(try await store.load(location).memory)
    }

    func seed(_ text: String) throws {
        let path = try store.fileURL(for: location)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test func aReviewIsRecordedByTheSeedsRules() async throws {
        let host = sampleHost()
        let outcome = try await pipeline(host).review(SamplePullRequest.event(), task: "delivery:1", logger: logger)
        let memory = try await memory()
        #expect(memory.tasksHandled == 1)
        #expect(memory.successRate == 1)
        #expect(memory.version == "1.1")
        #expect(memory.updatedAt != nil)
        let rules = Set(host.state.withLock { $0.comments }.compactMap { InlineComment.ruleID(in: $0.body) })
        #expect(!rules.isEmpty)
        // One blocker per rule violated, ids in the seed's form, occurrences summing to the findings.
        #expect(Set(memory.blockers.flatMap(\.tags).filter { $0.hasPrefix("rule:") }).count == memory.blockers.count)
        #expect(memory.blockers.allSatisfy { $0.id.hasPrefix("BLK42-") && !$0.resolved })
        #expect(memory.blockers.reduce(0) { $0 + $1.occurrences } == outcome.findings)
        #expect(!memory.commonFiles.isEmpty && memory.commonFiles.count <= 10)
        let path = try store.fileURL(for: location)
        #expect(path.hasSuffix("expertise/github/acme/reservas/ai_docs/expertise/domain-experts/backend.yaml"))
    }

    @Test func aRetriedJobIsCountedOnce() async throws {
        let pipeline = try pipeline(sampleHost())
        _ = try await pipeline.review(SamplePullRequest.event(), task: "delivery:7", logger: logger)
        _ = try await pipeline.review(SamplePullRequest.event(), task: "delivery:7", logger: logger)
        #expect(try await memory().tasksHandled == 1)
        _ = try await pipeline.review(SamplePullRequest.event(), task: "delivery:8", logger: logger)
        #expect(try await memory().tasksHandled == 2)
    }

    /// Finds the rule the sample flags in `path` and nowhere else.
    func ruleOnlyIn(_ path: String, host: MemoryHost) -> String? {
        let comments = host.state.withLock { $0.comments }.filter(\.isInline)
        let byRule = Dictionary(grouping: comments) { InlineComment.ruleID(in: $0.body) ?? "" }
        return byRule.first { $0.value.allSatisfy { $0.path == path } }?.key
    }

    @Test func aHighConfidenceDecisionSuppressesItsFindingsAndTheSummaryNamesIt() async throws {
        let probe = sampleHost()
        _ = try await ReviewPipeline(hosts: StaticHostResolver([.github: probe]), catalog: try CatalogProvider(directory: nil))
            .review(SamplePullRequest.event(), logger: logger)
        let path = "app/presentation/dependencies/auth.py"
        let rule = try #require(ruleOnlyIn(path, host: probe))
        try seed("""
            version: "1.0"
            tasks_handled: 0
            success_rate: 0
            decisions:
              - id: BE7-001
                context: "\(rule) in the auth dependency"
                decision: "Does not apply there"
                confidence_score: 0.95
                validated_count: 3
                failed_count: 0
                last_used: "2026-11-01T00:00:00Z"
                tags: ["rule:\(rule)", "scope:app/presentation/**", "not-applicable"]
            """)
        let host = sampleHost()
        let outcome = try await pipeline(host).review(SamplePullRequest.event(), logger: logger)
        #expect(outcome.suppressedByMemory > 0)
        let comments = host.state.withLock { $0.comments }
        #expect(!comments.contains { InlineComment.ruleID(in: $0.body) == rule })
        let summary = try #require(comments.first { !$0.isInline })
        #expect(summary.body.contains("BE7-001"))
    }

    @Test func aDecisionBelowTheThresholdIsNotApplied() async throws {
        try seed("""
            decisions:
              - id: BE7-001
                context: "x"
                decision: "y"
                confidence_score: 0.85
                validated_count: 1
                failed_count: 0
                tags: ["rule:security-hardcoded-secret", "not-applicable"]
            """)
        let host = sampleHost()
        let outcome = try await pipeline(host).review(SamplePullRequest.event(), logger: logger)
        #expect(outcome.suppressedByMemory == 0)
        #expect(outcome.findings == 19)
    }

    @Test func theTeamsMemoryIsReadFromTheDefaultBranchOnly() async throws {
        let probe = sampleHost()
        _ = try await ReviewPipeline(hosts: StaticHostResolver([.github: probe]), catalog: try CatalogProvider(directory: nil))
            .review(SamplePullRequest.event(), logger: logger)
        let rule = try #require(ruleOnlyIn("app/presentation/dependencies/auth.py", host: probe))
        let decision = """
            decisions:
              - id: BE3-002
                context: "team decision"
                decision: "\(rule) does not apply to the auth dependency"
                confidence_score: 0.9
                validated_count: 2
                failed_count: 0
                tags: ["rule:\(rule)", "scope:app/presentation/dependencies/auth.py", "not-applicable"]
            """
        let host = sampleHost()
        // The PR head's copy tries to silence everything; only the default branch's copy counts.
        host.state.withLock {
            $0.defaultBranchFiles[ExpertiseMemory.relativePath] = decision
            $0.files[ExpertiseMemory.relativePath] = decision.replacingOccurrences(of: rule, with: "security-hardcoded-secret")
        }
        let outcome = try await pipeline(host).review(SamplePullRequest.event(), logger: logger)
        #expect(outcome.suppressedByMemory > 0)
        let comments = host.state.withLock { $0.comments }
        #expect(!comments.contains { InlineComment.ruleID(in: $0.body) == rule })
        #expect(comments.contains { InlineComment.ruleID(in: $0.body) == "security-hardcoded-secret" })
        #expect(host.state.withLock { $0.calls }.contains("file \(ExpertiseMemory.relativePath)@main"))
        // The team's file is read, never written: the bot's own memory lives in the data directory.
        #expect(try await memory().decisions.isEmpty)
    }

    @Test func aCorruptMemoryIsMovedAsideNamedInTheSummaryAndTheReviewGoesOn() async throws {
        try seed("version: \"1.2\"\ntasks_handled: 4\ndecisions:\n  - id: BE1-001\n    context: [unclosed\n")
        let host = sampleHost()
        let outcome = try await pipeline(host).review(SamplePullRequest.event(), logger: logger)
        #expect(outcome.findings == 19)
        let summary = host.state.withLock { $0.comments.first { !$0.isInline }?.body ?? "" }
        #expect(summary.contains("backend.yaml line"))
        let directory = (try store.fileURL(for: location) as NSString).deletingLastPathComponent
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        let aside = try #require(names.first { $0.hasPrefix("backend.yaml.corrupt-") })
        let kept = try String(contentsOfFile: directory + "/" + aside, encoding: .utf8)
        #expect(kept.contains("[unclosed"))
        #expect(try await memory().tasksHandled == 1)
    }

    @Test func aKnownBlockerIsCitedOnTheNextPullRequest() async throws {
        _ = try await pipeline(sampleHost()).review(SamplePullRequest.event(), logger: logger)
        var event = SamplePullRequest.event()
        event.number = 43
        let host = sampleHost()
        _ = try await pipeline(host).review(event, logger: logger)
        let inline = host.state.withLock { $0.comments }.filter(\.isInline)
        #expect(!inline.isEmpty)
        #expect(inline.allSatisfy { $0.body.contains("Bloqueo conocido BLK42-") })
        let memory = try await memory()
        #expect(memory.tasksHandled == 2)
        #expect(memory.blockers.allSatisfy { $0.id.hasPrefix("BLK42-") })
    }

    @Test func aPushThatRemovesEveryInstanceResolvesTheBlockerWithTheFixOfRecord() async throws {
        let host = sampleHost()
        let pipeline = try pipeline(host)
        _ = try await pipeline.review(SamplePullRequest.event(), logger: logger)
        let path = "app/presentation/dependencies/auth.py"
        let rule = try #require(ruleOnlyIn(path, host: host))
        host.state.withLock {
            $0.diff = ReviewPipelineTests.diff(SamplePullRequest.diff, dropping: path)
            $0.snapshot.headSHA = "abcdef1234567"
        }
        _ = try await pipeline.review(SamplePullRequest.event(action: .synchronized, head: "abcdef1234567"), logger: logger)
        let memory = try await memory()
        let blocker = try #require(memory.blockers.first { $0.tags.contains("rule:\(rule)") })
        #expect(blocker.resolved)
        #expect(blocker.solution.contains("#42"))
        #expect(blocker.solution.contains("abcdef1"))
        #expect(memory.blockers.contains { !$0.resolved })
    }

    @Test func aFailedReviewUpdatesOnlyTheSuccessRate() async throws {
        let host = sampleHost()
        let pipeline = try pipeline(host)
        _ = try await pipeline.review(SamplePullRequest.event(), task: "delivery:1", logger: logger)
        let before = try await memory()
        let failing = FailingHost()
        let handler = ReviewJobHandler(pipeline: ReviewPipeline(
            hosts: StaticHostResolver([.github: failing]), catalog: try CatalogProvider(directory: nil),
            memory: ReviewMemory(store: store)))
        let payload = try JSONEncoder().encode(WebhookEvent.pullRequest(SamplePullRequest.event()))
        let job = Job(
            id: 2, deliveryID: "github:2", kind: .review, coalesceKey: nil, payload: payload, state: .running,
            attempts: 1, maxAttempts: 5, availableAt: Date(), leaseOwner: "w", leaseExpiresAt: nil, createdAt: Date(),
            updatedAt: Date(), lastError: nil, supersededBy: nil)
        await #expect(throws: HostAPIError.self) { try await handler.handle(job, logger: self.logger) }
        let after = try await memory()
        #expect(after.successRate == 0.5)
        #expect(after.tasksHandled == before.tasksHandled)
        #expect(after.version == before.version)
        #expect(after.blockers == before.blockers)
        #expect(after.decisions == before.decisions)
        #expect(after.commonFiles == before.commonFiles)
    }
}

/// A host whose token was revoked: every call is a 401, which no retry fixes.
struct FailingHost: CodeHost {
    let kind: HostKind = .github
    func fail() -> HostAPIError { HostAPIError(kind: .unauthorized, status: 401, request: "GET", message: "Bad credentials") }
    func botLogin() async throws -> String { throw fail() }
    func pullRequest(_ ref: PullRequestRef) async throws -> PullRequestSnapshot { throw fail() }
    func diff(_ ref: PullRequestRef, snapshot: PullRequestSnapshot) async throws -> [UInt8] { throw fail() }
    func fileContents(_ repository: RepositoryInfo, path: String, ref: String) async throws -> [UInt8]? { throw fail() }
    func comments(_ ref: PullRequestRef) async throws -> [HostComment] { throw fail() }
    func postInlineComments(_ ref: PullRequestRef, snapshot: PullRequestSnapshot, comments: [InlineCommentDraft]) async throws { throw fail() }
    func createComment(_ ref: PullRequestRef, body: String) async throws -> HostComment { throw fail() }
    func updateComment(_ ref: PullRequestRef, comment: HostComment, body: String) async throws { throw fail() }
    func setStatus(_ ref: PullRequestRef, sha: String, status: CommitStatus) async throws { throw fail() }
    func permission(_ repository: RepositoryInfo, user: String) async throws -> RepositoryPermission { throw fail() }
    func reply(_ ref: PullRequestRef, in thread: CommentThread, body: String) async throws -> HostComment { throw fail() }
}
