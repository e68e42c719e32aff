import Foundation
import HostClients
import Hosts
import Testing

/// The GitHub adapter's permission check and thread replies, against a scripted host under `/github`.
struct GitHubClientFeedbackTests {
    private let ref = TestSupport.ref(TestSupport.githubRepo, host: .github, number: 1347)
    private let repoPath = "/github/repos/octocat/Hello-World"

    private func client(_ server: ScriptedServer) throws -> GitHubClient {
        try GitHubClient(
            baseURL: server.baseURL("/github"), credentials: .token(TestSupport.token), httpClient: TestSupport.http,
            options: TestSupport.options(.github), logger: LogCapture().logger
        )
    }

    /// `permission`, `role_name` (absent on old GitHub Enterprise Server), and what the bot makes of them.
    @Test(arguments: [
        ("admin", "admin", RepositoryPermission.admin), ("write", "maintain", .maintain), ("write", "write", .write),
        ("read", "triage", .triage), ("read", "read", .read), ("none", "none", .none),
        ("write", "security-reviewer", .write), ("admin", nil, .admin), ("read", nil, .read), ("weird", "odd", .none),
    ] as [(String, String?, RepositoryPermission)])
    func mapsRoleNameThenLegacyPermission(permission: String, roleName: String?, expected: RepositoryPermission) async throws {
        let role = roleName.map { #","role_name":"\#($0)""# } ?? ""
        let body = #"{"permission":"\#(permission)"\#(role),"user":{"login":"renovate[bot]","id":2}}"#
        try await ScriptedServer.run({ _, _ in .json(body) }) { server in
            let answer = try await client(server).permission(TestSupport.githubRepo, user: "renovate[bot]")
            #expect(answer == expected)
            let request = try #require(await server.log.requests.first)
            #expect(request.line == "GET \(repoPath)/collaborators/renovate%5Bbot%5D/permission")
            #expect(request.headers["authorization"] == "Bearer \(TestSupport.token)")
        }
    }

    @Test
    func anUnknownUserIsNoneNotAnError() async throws {
        try await ScriptedServer.run({ _, _ in .json(404, #"{"message":"Not Found","status":"404"}"#) }) { server in
            let answer = try await client(server).permission(TestSupport.githubRepo, user: "ghost")
            #expect(answer == RepositoryPermission.none)
            #expect(await server.log.requests.count == 1)
        }
    }

    @Test
    func anAppWithoutThePermissionFailsInsteadOfDenyingEveryone() async throws {
        try await ScriptedServer.run({ _, _ in .json(403, #"{"message":"Resource not accessible by integration"}"#) }) { server in
            let error = await #expect(throws: HostAPIError.self) {
                try await client(server).permission(TestSupport.githubRepo, user: "dev")
            }
            #expect(error?.kind == .forbidden)
        }
    }

    @Test(arguments: [(12, 10, 10), (10, nil, 10)] as [(Int, Int?, Int)])
    func answersAReviewCommentInItsThreadUnderTheRootComment(comment: Int, root: Int?, expectedRoot: Int) async throws {
        let created = try Fixture.text("github-pr-comment.json")
        try await ScriptedServer.run({ _, _ in .json(201, created) }) { server in
            let thread = CommentThread(
                commentID: comment, rootCommentID: root, isReviewComment: true, author: "dev",
                quotedBody: "@backend-review dismiss"
            )
            let reply = try await client(server).reply(ref, in: thread, body: "Dismissed.")
            #expect(reply == HostComment(id: "10", body: "Great stuff", author: "octocat", path: "file1.txt", line: 1))
            let request = try #require(await server.log.requests.first)
            #expect(request.line == "POST \(repoPath)/pulls/1347/comments/\(expectedRoot)/replies")
            #expect(request.json == TestSupport.json(#"{"body":"Dismissed."}"#))
        }
    }

    @Test
    func answersAConversationCommentWithAnIssueComment() async throws {
        let created = try Fixture.text("github-issue-comment.json")
        try await ScriptedServer.run({ _, _ in .json(201, created) }) { server in
            let thread = CommentThread(commentID: 5, isReviewComment: false, author: "dev", quotedBody: "@backend-review review")
            let reply = try await client(server).reply(ref, in: thread, body: "Me too")
            #expect(reply == HostComment(id: "1", body: "Me too", author: "octocat"))
            let request = try #require(await server.log.requests.first)
            #expect(request.line == "POST \(repoPath)/issues/1347/comments")
            #expect(request.json == TestSupport.json(#"{"body":"Me too"}"#))
        }
    }
}
