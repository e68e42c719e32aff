import AsyncHTTPClient
import Expertise
import FakeHost
import Foundation
import ReviewCore
import Testing

/// `@backend-review` commands delivered in each host's own comment payload format to the real server, which
/// checks write access through the host's API, changes the repository's memory and answers in the thread.
@Suite(.serialized) struct CommandsEndToEndTests {
    struct Run {
        let kind: FakeHostKind
        let fake: FakeHostServer
        let deliveries: Deliveries
        let fullPath: String
        let store: FileExpertiseStore

        var location: MemoryLocation { .repository(host: kind.rawValue, path: fullPath) }

        func memory() async throws -> ExpertiseMemory? { try await store.load(location).memory }

        /// Comments that are neither findings, the summary, nor the humans' commands: the bot's answers.
        var answers: [FakeComment] {
            // GitLab lists a threaded note both as a note and as a reply: count each comment once.
            var seen: Set<Int> = []
            let all = (fake.issueComments(kind, fullPath, number: 42) + fake.replies(kind, fullPath, number: 42))
                .filter { seen.insert($0.id).inserted }
            return all.filter {
                !$0.body.hasPrefix(SummaryComment.marker) && !["maintainer", "visitor"].contains($0.author)
                    && InlineComment.fingerprint(in: $0.body) == nil
            }.sorted { $0.createdOrder < $1.createdOrder }
        }

        /// Puts a human's comment on the fake host, then delivers its webhook; returns the comment id and the
        /// delivery (event name and body), for a redelivery.
        @discardableResult
        func command(
            _ text: String, author: String, on finding: FakeComment? = nil, delivery: String? = nil
        ) async throws -> (id: Int, event: String, body: Data) {
            var body = text
            let id: Int
            if let finding, kind != .gitea {
                id = try fake.addReply(kind, fullPath, number: 42, to: finding.id, body: body, author: author)
            } else {
                if let finding {
                    // Gitea has no reply threads: reviewers quote the finding ("Quote reply").
                    let quoted = finding.body.split(separator: "\n").prefix(6).map { "> " + $0 }.joined(separator: "\n")
                    body = quoted + "\n\n" + text
                }
                id = try fake.addComment(kind, fullPath, number: 42, body: body, author: author)
            }
            let discussion = fake.issueComments(kind, fullPath, number: 42).first { $0.id == id }?.discussionID
            let payload = try CommentPayloads.make(
                kind, id: id, body: body, author: author, finding: kind == .gitea ? nil : finding, discussionID: discussion)
            let event = CommentPayloads.eventName(kind, onDiffLine: finding != nil && kind != .gitea)
            let answer = try await deliveries.send(host: kind.rawValue, event: event, delivery: delivery ?? "c-\(id)", body: payload)
            #expect(answer.status == 202, "\(answer.body)")
            return (id, event, payload)
        }

        func waitForAnswers(_ count: Int) async -> Bool {
            await eventually { answers.count >= count }
        }
    }

    @Test(arguments: FakeHostKind.allCases)
    func everyCommandInTheHostsCommentFormat(kind: FakeHostKind) async throws {
        let fake = try await FakeHostServer.start()
        let scenario = Scenario(fake: fake)
        scenario.seed(kind)
        let repo = Scenario.repository(kind)
        let fullPath = "\(repo.owner)/\(repo.name)"
        fake.setPermission(kind, repository: fullPath, user: "maintainer", permission: .write)
        fake.setPermission(kind, repository: fullPath, user: "visitor", permission: .read)
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-commands-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let server = try ServerProcess(data: data, environment: scenario.environment())
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let run = Run(
            kind: kind, fake: fake, deliveries: Deliveries(client: client, server: server.baseURL, secret: Scenario.secret),
            fullPath: fullPath, store: FileExpertiseStore(dataDirectory: data.path))

        _ = try await run.deliveries.send(host: kind.rawValue, event: repo.eventName, delivery: "pr-1", body: Scenario.payload(kind))
        let reviewed = try await eventually { try await run.memory()?.tasksHandled == 1 }
        #expect(reviewed, "no review recorded: \(server.logText)")
        let findings = fake.inlineComments(kind, fullPath, number: 42).sorted { $0.createdOrder < $1.createdOrder }
        let first = try #require(findings.first)
        let firstRule = try #require(InlineComment.ruleID(in: first.body))
        let second = try #require(findings.first { InlineComment.ruleID(in: $0.body) != firstRule })
        let secondRule = try #require(InlineComment.ruleID(in: second.body))

        // Someone without write access is refused, politely, and nothing changes.
        try await run.command("@backend-review ignore \(firstRule)", author: "visitor")
        #expect(await run.waitForAnswers(1), "\(server.logText)")
        #expect(try await run.memory()?.tasksHandled == 1)
        #expect(try await run.memory()?.decisions.isEmpty == true)
        // In the pull request's language: the sample is Spanish.
        #expect(run.answers.first?.body.contains("permiso") == true, "\(run.answers.first?.body ?? "")")

        // dismiss, as a reply to a finding: a false positive for (rule, file).
        let dismissal = try await run.command(
            "@backend-review dismiss es un script de migración, no corre en el event loop", author: "maintainer", on: first,
            delivery: "dismiss-1")
        #expect(await run.waitForAnswers(2), "\(server.logText)")
        var memory = try #require(try await run.memory())
        #expect(memory.tasksHandled == 2, "answer: \(run.answers.last?.body ?? "")")
        let dismissed = try #require(memory.decisions.first { $0.tags.contains("rule:\(firstRule)") })
        #expect(dismissed.tags.contains("not-applicable"))
        #expect(dismissed.tags.contains("scope:\(first.path ?? "")"))
        #expect(dismissed.validatedCount == 1)
        #expect(run.answers.last?.body.contains(dismissed.id) == true)
        if kind != .gitea {
            // The answer is in the finding's thread.
            let thread = fake.thread(kind, fullPath, number: 42, containing: first.id)
            #expect(thread.contains { $0.body.contains(dismissed.id) })
        }

        // A redelivery of the same command changes nothing.
        let again = try await run.deliveries.send(
            host: kind.rawValue, event: dismissal.event, delivery: "dismiss-1", body: dismissal.body)
        #expect(again.body.contains("duplicate"))

        // accept, as a reply to another finding.
        try await run.command("@backend-review accept", author: "maintainer", on: second)
        #expect(await run.waitForAnswers(3), "\(server.logText)")
        memory = try #require(try await run.memory())
        #expect(memory.tasksHandled == 3)
        #expect(memory.decisions.contains { $0.tags.contains("rule:\(secondRule)") && $0.tags.contains("applies") })

        // ignore RULE in GLOB: an explicit decision, applied from now on.
        try await run.command("@backend-review ignore \(secondRule) in tests/**", author: "maintainer")
        #expect(await run.waitForAnswers(4), "\(server.logText)")
        memory = try #require(try await run.memory())
        #expect(memory.tasksHandled == 4)
        let ignored = try #require(memory.decisions.first { $0.tags.contains("scope:tests/**") })
        #expect(ignored.confidenceScore >= 0.95)

        // explain: for anyone, read-only.
        try await run.command("@backend-review explain \(firstRule)", author: "visitor")
        #expect(await run.waitForAnswers(5), "\(server.logText)")
        #expect(run.answers.last?.body.contains(firstRule) == true)
        #expect(try await run.memory()?.tasksHandled == 4)

        // review: queues a new review, which is recorded like any other.
        try await run.command("@backend-review review", author: "maintainer")
        #expect(await run.waitForAnswers(6), "\(server.logText)")
        let rereviewed = try await eventually { try await run.memory()?.tasksHandled == 5 }
        #expect(rereviewed, "\(server.logText)")

        #expect(!server.logText.contains(Scenario.token))
        #expect(server.terminate() == 0)
        try await client.shutdown()
        await fake.stop()
        try? FileManager.default.removeItem(at: data)
    }
}
