import Checklists
import Expertise
import Hosts
import Logging
import Metrics
import ReviewCore
import ReviewEngine

/// Turns `@backend-review` commands in pull-request comments into memory updates and answers.
///
/// - Only new comments are read (edits and deletions are ignored), and never the bot's own.
/// - `explain` and help are for everyone; everything else needs write access, checked through the host's API,
///   and anyone else gets a short, polite refusal.
/// - Every command is answered in its thread, in the pull request's language.
/// - A redelivered or retried command changes the memory once: its comment id is the task key.
public struct ExpertiseCommandHandler: CommentHandler {
    /// The API client per host.
    public var hosts: any HostResolver
    /// The checklist, for rule ids and `explain`.
    public var catalog: CatalogProvider
    /// The memory the commands change.
    public var memory: ReviewMemory
    /// Queues reviews for the `review` command.
    public var reviews: any ReviewRequester
    /// The name reviewers mention (`backend-review`).
    public var mention: String

    /// Creates the handler.
    public init(
        hosts: any HostResolver, catalog: CatalogProvider, memory: ReviewMemory, reviews: any ReviewRequester,
        mention: String = "backend-review"
    ) {
        self.hosts = hosts
        self.catalog = catalog
        self.memory = memory
        self.reviews = reviews
        self.mention = mention
    }

    public func handle(_ event: CommentEvent, logger: Logger) async throws {
        guard event.action == .created, let command = BotCommand.parse(event.body, mention: mention) else { return }
        var logger = logger
        logger[metadataKey: "review.pr"] = "\(event.ref.key)"
        logger[metadataKey: "comment.id"] = "\(event.commentID)"
        let host = try await hosts.host(for: event.host, installationID: event.installationID)
        let botLogin = try await host.botLogin()
        guard event.author.caseInsensitiveCompare(botLogin) != .orderedSame else { return }
        let snapshot = try await host.pullRequest(event.ref)
        let language = LanguageDetector.detect([snapshot.title, snapshot.body])
        logger.info("command received", metadata: ["command": "\(command.name)", "comment.author": "\(event.author)"])

        let answer = try await answer(
            command, event: event, host: host, botLogin: botLogin, snapshot: snapshot, language: language, logger: logger)
        _ = try await host.reply(event.ref, in: event.thread, body: answer)
        Counter(label: "backend_review_commands_total", dimensions: [("host", event.host.rawValue), ("command", command.name)])
            .increment()
    }

    private func answer(
        _ command: BotCommand, event: CommentEvent, host: any CodeHost, botLogin: String,
        snapshot: PullRequestSnapshot, language: Language, logger: Logger
    ) async throws -> String {
        switch command {
        case .help(let unknown):
            return CommandReply.help(unknown: unknown, mention: mention, language: language)
        case .explain(let rule):
            guard let descriptor = catalog.current.ruleDescriptors.first(where: { $0.id == rule }) else {
                return CommandReply.unknownRule(rule, language: language)
            }
            let known = (try? await memory.store.load(ReviewMemory.location(event.ref)))?.memory
            return CommandReply.explain(
                descriptor, demotion: known?.demotion(forRule: rule), decisions: known?.decisions(forRule: rule) ?? [],
                language: language)
        case .dismiss, .accept, .ignore, .review:
            guard try await canWrite(event, host: host, logger: logger) else {
                return CommandReply.refusedNoWriteAccess(author: event.author, language: language)
            }
        }
        if case .review = command {
            try await reviews.requestReview(
                event.ref, snapshot: snapshot, installationID: event.installationID, commentID: event.commentID)
            return CommandReply.reviewQueued(language: language)
        }
        guard let feedback = try await feedback(command, event: event, host: host, botLogin: botLogin) else {
            if case .ignore(let rule, _) = command { return CommandReply.unknownRule(rule, language: language) }
            return CommandReply.notAFindingReply(language: language)
        }
        let outcome = try await memory.apply(feedback, ref: event.ref, logger: logger)
        if outcome.alreadyRecorded { return CommandReply.alreadyRecorded(language: language) }
        switch feedback.kind {
        case .dismissed: return CommandReply.dismissed(rule: feedback.ruleID, outcome: outcome, language: language)
        case .accepted: return CommandReply.accepted(rule: feedback.ruleID, outcome: outcome, language: language)
        case .ignored: return CommandReply.ignored(rule: feedback.ruleID, glob: feedback.scope, outcome: outcome, language: language)
        }
    }

    /// A failed permission lookup is a refusal, never a grant.
    private func canWrite(_ event: CommentEvent, host: any CodeHost, logger: Logger) async throws -> Bool {
        do {
            return try await host.permission(event.repository, user: event.author).canWrite
        } catch let error as HostAPIError where !error.isRetryable {
            logger.warning("permission check refused by the host", metadata: ["error": "\(error)"])
            return false
        }
    }

    /// The memory change a command asks for, or nil when it names no finding (or an unknown rule).
    private func feedback(
        _ command: BotCommand, event: CommentEvent, host: any CodeHost, botLogin: String
    ) async throws -> ReviewerFeedback? {
        let task = "comment:\(event.host.rawValue):\(event.commentID)"
        switch command {
        case .ignore(let rule, let glob):
            guard catalog.current.rule(id: rule) != nil else { return nil }
            let scope = glob ?? "**"
            guard (try? PathGlob(scope)) != nil else { return nil }
            return ReviewerFeedback(
                kind: .ignored, ruleID: rule, scope: scope, author: event.author, number: event.pullRequestNumber,
                taskKey: task)
        case .dismiss(let reason):
            guard let target = try await FindingTarget.find(for: event, host: host, botLogin: botLogin) else { return nil }
            return ReviewerFeedback(
                kind: .dismissed(reason: reason), ruleID: target.ruleID, scope: target.path, author: event.author,
                number: event.pullRequestNumber, taskKey: task)
        case .accept:
            guard let target = try await FindingTarget.find(for: event, host: host, botLogin: botLogin) else { return nil }
            return ReviewerFeedback(
                kind: .accepted, ruleID: target.ruleID, scope: target.path, author: event.author,
                number: event.pullRequestNumber, taskKey: task)
        case .explain, .help, .review:
            return nil
        }
    }
}

extension BotCommand {
    /// The command's word, for logs.
    var name: String {
        switch self {
        case .dismiss: "dismiss"
        case .accept: "accept"
        case .ignore: "ignore"
        case .explain: "explain"
        case .review: "review"
        case .help: "help"
        }
    }
}
