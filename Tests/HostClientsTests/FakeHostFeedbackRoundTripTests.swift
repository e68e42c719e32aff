import FakeHost
import Foundation
import HostClients
import Hosts
import Testing

/// Each adapter against the stateful fake host: a finding posted by the bot, a human's command in its thread,
/// the permission check and the bot's answer, so the adapters and the fake agree on every shape.
struct FakeHostFeedbackRoundTripTests {
    private static let diff = """
        diff --git a/app/service.py b/app/service.py
        index 1111111..2222222 100644
        --- a/app/service.py
        +++ b/app/service.py
        @@ -1,2 +1,3 @@
         import os
        +import sys
         x = 1

        """
    private static let head = "a" + String(repeating: "1", count: 39)
    private static let base = "b" + String(repeating: "0", count: 39)

    private static func client(_ kind: HostKind, _ host: FakeHostServer) throws -> any CodeHost {
        let logger = LogCapture().logger
        let token = HostCredentials.token(TestSupport.token)
        switch kind {
        case .github:
            return try GitHubClient(
                baseURL: host.baseURL(for: .github), credentials: token, httpClient: TestSupport.http,
                options: TestSupport.options(.github), logger: logger
            )
        case .gitlab:
            return try GitLabClient(
                baseURL: host.baseURL(for: .gitlab), credentials: token, httpClient: TestSupport.http,
                options: TestSupport.options(.gitlab), logger: logger
            )
        case .gitea:
            return try GiteaClient(
                baseURL: host.baseURL(for: .gitea), credentials: token, httpClient: TestSupport.http,
                options: TestSupport.options(.gitea), logger: logger
            )
        }
    }

    @Test(arguments: HostKind.allCases)
    func aCommandInAFindingsThreadIsCheckedAndAnswered(kind: HostKind) async throws {
        let fakeKind = try #require(FakeHostKind(rawValue: kind.rawValue))
        let host = try await FakeHostServer.start()
        host.setToken(fakeKind, TestSupport.token)
        host.addPullRequest(fakeKind, "team/app", number: 3, author: "alice", headSHA: Self.head, baseSHA: Self.base, diff: Self.diff)
        host.setPermission(fakeKind, repository: "team/app", user: "alice", permission: .write)
        host.setPermission(fakeKind, repository: "team/app", user: "carol", permission: .read)
        let repository = RepositoryInfo(
            id: nil, owner: "team", name: "app", fullPath: "team/app", cloneURL: nil, webURL: nil, defaultBranch: "main"
        )
        let ref = PullRequestRef(host: kind, repository: repository, number: 3)
        let client = try Self.client(kind, host)

        let snapshot = try await client.pullRequest(ref)
        try await client.postInlineComments(
            ref, snapshot: snapshot, comments: [InlineCommentDraft(path: "app/service.py", line: 2, body: "finding")]
        )
        let finding = try #require(host.inlineComments(fakeKind, "team/app", number: 3).first)
        let command = try host.addReply(
            fakeKind, "team/app", number: 3, to: finding.id, body: "@backend-review dismiss\nintended", author: "alice"
        )

        let listed = try await client.comments(ref)
        let botComment = try #require(listed.first { $0.id == String(finding.id) })
        let humanComment = try #require(listed.first { $0.id == String(command) })
        #expect(botComment.path == "app/service.py")
        #expect(botComment.line == 2)
        #expect(humanComment.author == "alice")
        if kind == .gitlab {
            #expect(botComment.threadID != nil)
            #expect(humanComment.threadID == botComment.threadID)
        }

        #expect(try await client.permission(repository, user: "alice") == .write)
        #expect(try await client.permission(repository, user: "carol") == .read)
        #expect(try await client.permission(repository, user: "ghost") == .none)
        #expect(try await client.permission(repository, user: "backend-review-bot") == .admin)

        let thread = CommentThread(
            commentID: command, rootCommentID: kind == .github ? finding.id : nil,
            discussionID: kind == .gitlab ? humanComment.threadID : nil, isReviewComment: kind != .gitea,
            author: "alice", quotedBody: "@backend-review dismiss\nintended"
        )
        let answer = try await client.reply(ref, in: thread, body: "Dismissed.")
        #expect(answer.author == "backend-review-bot")
        switch fakeKind {
        case .github, .gitlab:
            #expect(host.thread(fakeKind, "team/app", number: 3, containing: finding.id).map(\.id) == [finding.id, command, Int(answer.id)])
            #expect(host.replies(fakeKind, "team/app", number: 3).last?.body == "Dismissed.")
        case .gitea:
            #expect(host.issueComments(fakeKind, "team/app", number: 3).last?.body == "> @alice: @backend-review dismiss\n\nDismissed.")
        }
        await host.stop()
    }
}
