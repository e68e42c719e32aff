import Checklists
import Expertise
import Foundation
import Hosts
import Logging
import ReviewCore
import ReviewService
import Synchronization
import Testing

/// The comment commands through `ReviewJobHandler`'s comment path, on the sample pull request, with a real
/// memory file.
@Suite struct ExpertiseCommandHandlerTests {
    let logger = Logger(label: "test")
    let data: String
    let location = MemoryLocation.repository(host: "github", path: "acme/reservas")
    let recorder = Recorder()

    init() throws {
        data = FileManager.default.temporaryDirectory.appendingPathComponent("commands-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    }

    struct Requester: ReviewRequester {
        let requested: @Sendable (PullRequestRef) -> Void
        func requestReview(_ ref: PullRequestRef, snapshot: PullRequestSnapshot, installationID: Int?, commentID: Int) async throws {
            requested(ref)
        }
    }

    var store: FileExpertiseStore { FileExpertiseStore(dataDirectory: data) }
    var memory: ReviewMemory { ReviewMemory(store: store) }

    func pipeline(_ host: MemoryHost) throws -> ReviewPipeline {
        ReviewPipeline(hosts: StaticHostResolver([.github: host]), catalog: try CatalogProvider(directory: nil), memory: memory)
    }

    func handler(_ host: MemoryHost) throws -> ExpertiseCommandHandler {
        ExpertiseCommandHandler(
            hosts: StaticHostResolver([.github: host]), catalog: try CatalogProvider(directory: nil), memory: memory,
            reviews: Requester { ref in recorder.requested.withLock { $0.append(ref) } })
    }

    /// The sample pull request, reviewed once, with `maintainer` allowed to write.
    func reviewedHost(english: Bool = false) async throws -> MemoryHost {
        var snapshot = SamplePullRequest.snapshot()
        if english {
            snapshot.title = "Add business onboarding, daily report and campaigns"
            snapshot.body = "This change adds the onboarding flow for businesses and the daily report."
        }
        let host = MemoryHost(snapshot: snapshot, diff: SamplePullRequest.diff, files: SamplePullRequest.files)
        host.state.withLock { $0.permissions["maintainer"] = .write }
        _ = try await pipeline(host).review(SamplePullRequest.event(), task: "delivery:1", logger: logger)
        return host
    }

    func comment(_ body: String, author: String = "maintainer", replyingTo finding: HostComment? = nil, id: Int? = nil) -> CommentEvent {
        let id = id ?? recorder.nextID.withLock { $0 += 1; return $0 }
        return CommentEvent(
            host: .github, repository: SamplePullRequest.repository, pullRequestNumber: 42, commentID: id, body: body,
            author: author, action: .created, inReplyToID: finding.flatMap { Int($0.id) },
            position: finding.map { .init(path: $0.path ?? "", line: $0.line, side: .new, commitSHA: nil) })
    }

    func lastReply(_ host: MemoryHost) -> String { host.state.withLock { $0.replies.last?.comment.body ?? "" } }
    func replies(_ host: MemoryHost) -> Int { host.state.withLock { $0.replies.count } }
    func findings(_ host: MemoryHost) -> [HostComment] {
        host.state.withLock { $0.comments }.filter { $0.isInline && InlineComment.ruleID(in: $0.body) != nil }
    }
    func stored() async throws -> ExpertiseMemory { try #require(try await store.load(location).memory) }

    @Test func dismissRepliesInTheThreadAndRecordsADecisionForRuleAndFile() async throws {
        let host = try await reviewedHost()
        let finding = try #require(findings(host).first)
        let rule = try #require(InlineComment.ruleID(in: finding.body))
        try await handler(host).handle(comment("@backend-review dismiss lo usamos solo en scripts", replyingTo: finding), logger: logger)
        let memory = try await stored()
        #expect(memory.tasksHandled == 2)
        let decision = try #require(memory.decisions.first)
        #expect(decision.tags.contains("rule:\(rule)") && decision.tags.contains("not-applicable"))
        #expect(decision.tags.contains("scope:\(finding.path ?? "")"))
        #expect(decision.context.contains("scripts") || decision.decision.contains("scripts"))
        let reply = try #require(host.state.withLock { $0.replies.last })
        #expect(reply.thread.rootCommentID == Int(finding.id))
        #expect(reply.comment.body.contains(decision.id))
        #expect(reply.comment.body.contains("falso positivo"))
        #expect(host.state.withLock { $0.calls }.contains("permission maintainer"))
    }

    @Test func twoDismissalsOfOneFindingSuppressItInTheNextReview() async throws {
        let host = try await reviewedHost()
        let finding = try #require(findings(host).first)
        let rule = try #require(InlineComment.ruleID(in: finding.body))
        let handler = try handler(host)
        try await handler.handle(comment("@backend-review dismiss", replyingTo: finding), logger: logger)
        try await handler.handle(comment("@backend-review dismiss", replyingTo: finding), logger: logger)
        let decision = try #require(try await stored().decisions.first)
        #expect(decision.confidenceScore >= 0.9)

        var event = SamplePullRequest.event()
        event.number = 43
        let next = MemoryHost(snapshot: SamplePullRequest.snapshot(), diff: SamplePullRequest.diff, files: SamplePullRequest.files)
        let outcome = try await pipeline(next).review(event, logger: logger)
        #expect(outcome.suppressedByMemory >= 1)
        let posted = next.state.withLock { $0.comments }
        #expect(!posted.contains { InlineComment.ruleID(in: $0.body) == rule && $0.path == finding.path })
        #expect(posted.first { !$0.isInline }?.body.contains(decision.id) == true)
    }

    @Test func ignoreInAGlobIsAppliedFromTheNextReview() async throws {
        let host = try await reviewedHost()
        let rule = try #require(findings(host).compactMap { InlineComment.ruleID(in: $0.body) }.first)
        try await handler(host).handle(comment("@backend-review ignore \(rule) in app/**"), logger: logger)
        let decision = try #require(try await stored().decisions.first)
        #expect(decision.confidenceScore >= 0.95)
        #expect(lastReply(host).contains(decision.id))
        let next = MemoryHost(snapshot: SamplePullRequest.snapshot(), diff: SamplePullRequest.diff, files: SamplePullRequest.files)
        _ = try await pipeline(next).review(SamplePullRequest.event(), logger: logger)
        #expect(!next.state.withLock { $0.comments }.contains {
            InlineComment.ruleID(in: $0.body) == rule && $0.path?.hasPrefix("app/") == true
        })
    }

    @Test func acceptRecordsThatTheRuleApplies() async throws {
        let host = try await reviewedHost()
        let finding = try #require(findings(host).first)
        try await handler(host).handle(comment("@backend-review accept", replyingTo: finding), logger: logger)
        let memory = try await stored()
        #expect(memory.decisions.first?.tags.contains("applies") == true)
        #expect(lastReply(host).contains("correcto"))
    }

    @Test func dismissalsPastTheThresholdDemoteTheRuleAndTheSummarySaysSo() async throws {
        let host = try await reviewedHost()
        let all = findings(host)
        let byRule = Dictionary(grouping: all) { InlineComment.ruleID(in: $0.body) ?? "" }
        // A rule flagged in two files: dismissing A, B, A suppresses A (two dismissals) and demotes the rule, so B
        // is still reported, one level lower.
        let (rule, instances) = try #require(byRule.first { Set($0.value.compactMap(\.path)).count >= 2 })
        let handler = try handler(host)
        for index in 0..<3 {
            try await handler.handle(comment("@backend-review dismiss", replyingTo: instances[index % instances.count]), logger: logger)
        }
        let memory = try await stored()
        let demotion = try #require(memory.demotion(forRule: rule))
        #expect(lastReply(host).contains(demotion.decisionID))

        let next = MemoryHost(snapshot: SamplePullRequest.snapshot(), diff: SamplePullRequest.diff, files: SamplePullRequest.files)
        let checklistSeverity = try CatalogProvider(directory: nil).current.rule(id: rule)?.severity
        _ = try await pipeline(next).review(SamplePullRequest.event(), logger: logger)
        let summary = try #require(next.state.withLock { $0.comments }.first { !$0.isInline })
        #expect(summary.body.contains(demotion.decisionID))
        #expect(summary.body.contains("undemote --repo github/acme/reservas \(rule)"))
        if let checklistSeverity, checklistSeverity != .low {
            let label = OutputLabelsProbe.label(checklistSeverity)
            #expect(!next.state.withLock { $0.comments }.contains {
                InlineComment.ruleID(in: $0.body) == rule && $0.body.contains(label)
            })
        }
    }

    @Test(arguments: [
        "@backend-review dismiss", "@backend-review accept", "@backend-review ignore async-blocking-sleep",
        "@backend-review review",
    ])
    func withoutWriteAccessTheAnswerIsAPoliteRefusalAndNothingChanges(command: String) async throws {
        let host = try await reviewedHost()
        let before = try await stored()
        let finding = findings(host).first
        try await handler(host).handle(comment(command, author: "visitor", replyingTo: finding), logger: logger)
        #expect(try await stored() == before)
        #expect(lastReply(host).contains("@visitor"))
        #expect(lastReply(host).contains("permiso de escritura"))
        #expect(recorder.requested.withLock { $0.isEmpty })
    }

    @Test func reviewQueuesAReview() async throws {
        let host = try await reviewedHost()
        try await handler(host).handle(comment("@backend-review review"), logger: logger)
        #expect(recorder.requested.withLock { $0.map(\.number) } == [42])
        #expect(replies(host) == 1)
    }

    @Test func explainIsForEveryoneAndChangesNothing() async throws {
        let host = try await reviewedHost()
        let before = try await stored()
        try await handler(host).handle(comment("@backend-review explain async-blocking-sleep", author: "visitor"), logger: logger)
        #expect(lastReply(host).contains("async-blocking-sleep"))
        #expect(try await stored() == before)
        #expect(!host.state.withLock { $0.calls }.contains("permission visitor"))
    }

    @Test func answersFollowTheLanguageOfThePullRequest() async throws {
        let host = try await reviewedHost(english: true)
        try await handler(host).handle(comment("@backend-review explain nope-rule", author: "visitor"), logger: logger)
        #expect(lastReply(host).contains("I don't know a rule"))
        try await handler(host).handle(comment("@backend-review frobnicate", author: "visitor"), logger: logger)
        #expect(lastReply(host).contains("Commands"))
    }

    @Test func unknownRulesAndMissingTargetsGetAnAnswerAndChangeNothing() async throws {
        let host = try await reviewedHost()
        let before = try await stored()
        let handler = try handler(host)
        try await handler.handle(comment("@backend-review ignore no-such-rule"), logger: logger)
        #expect(lastReply(host).contains("no-such-rule"))
        try await handler.handle(comment("@backend-review dismiss"), logger: logger)
        #expect(lastReply(host).contains("respuesta"))
        #expect(try await stored() == before)
    }

    @Test func aRedeliveredCommandCountsOnce() async throws {
        let host = try await reviewedHost()
        let finding = try #require(findings(host).first)
        let event = comment("@backend-review dismiss", replyingTo: finding, id: 777)
        try await handler(host).handle(event, logger: logger)
        try await handler(host).handle(event, logger: logger)
        let memory = try await stored()
        #expect(memory.tasksHandled == 2)
        #expect(memory.decisions.first?.validatedCount == 1)
    }

    @Test func theBotsOwnCommentsEditsAndPlainCommentsAreIgnored() async throws {
        let host = try await reviewedHost()
        let handler = try handler(host)
        try await handler.handle(comment("@backend-review review", author: host.login), logger: logger)
        var edited = comment("@backend-review review")
        edited.action = .edited
        try await handler.handle(edited, logger: logger)
        try await handler.handle(comment("LGTM, thanks"), logger: logger)
        #expect(replies(host) == 0)
        #expect(recorder.requested.withLock { $0.isEmpty })
    }

    @Test func aFailedPermissionLookupIsARefusal() async throws {
        let host = try await reviewedHost()
        let failing = ForbiddenPermissionHost(base: host)
        let handler = ExpertiseCommandHandler(
            hosts: StaticHostResolver([.github: failing]), catalog: try CatalogProvider(directory: nil), memory: memory,
            reviews: Requester { _ in })
        try await handler.handle(comment("@backend-review ignore async-blocking-sleep"), logger: logger)
        #expect(lastReply(host).contains("permiso de escritura"))
        #expect(try await stored().decisions.isEmpty)
    }
}

/// What the handler asked for, and comment ids.
final class Recorder: Sendable {
    let requested = Mutex<[PullRequestRef]>([])
    let nextID = Mutex(5_000)
}

/// The sample host, except that the permission lookup is forbidden (a token without the scope).
struct ForbiddenPermissionHost: CodeHost {
    let base: MemoryHost
    var kind: HostKind { base.kind }
    func botLogin() async throws -> String { try await base.botLogin() }
    func pullRequest(_ ref: PullRequestRef) async throws -> PullRequestSnapshot { try await base.pullRequest(ref) }
    func diff(_ ref: PullRequestRef, snapshot: PullRequestSnapshot) async throws -> [UInt8] { try await base.diff(ref, snapshot: snapshot) }
    func fileContents(_ repository: RepositoryInfo, path: String, ref: String) async throws -> [UInt8]? {
        try await base.fileContents(repository, path: path, ref: ref)
    }
    func comments(_ ref: PullRequestRef) async throws -> [HostComment] { try await base.comments(ref) }
    func postInlineComments(_ ref: PullRequestRef, snapshot: PullRequestSnapshot, comments: [InlineCommentDraft]) async throws {
        try await base.postInlineComments(ref, snapshot: snapshot, comments: comments)
    }
    func createComment(_ ref: PullRequestRef, body: String) async throws -> HostComment { try await base.createComment(ref, body: body) }
    func updateComment(_ ref: PullRequestRef, comment: HostComment, body: String) async throws {
        try await base.updateComment(ref, comment: comment, body: body)
    }
    func setStatus(_ ref: PullRequestRef, sha: String, status: CommitStatus) async throws {
        try await base.setStatus(ref, sha: sha, status: status)
    }
    func permission(_ repository: RepositoryInfo, user: String) async throws -> RepositoryPermission {
        throw HostAPIError(kind: .forbidden, status: 403, request: "GET permission", message: "Resource not accessible by integration")
    }
    func reply(_ ref: PullRequestRef, in thread: CommentThread, body: String) async throws -> HostComment {
        try await base.reply(ref, in: thread, body: body)
    }
}
