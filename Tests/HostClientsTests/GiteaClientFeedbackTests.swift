import Foundation
import HostClients
import Hosts
import Testing

/// The Gitea / Forgejo adapter's permission check and quoting replies, against a scripted host.
struct GiteaClientFeedbackTests {
    private let ref = TestSupport.ref(TestSupport.giteaRepo, host: .gitea, number: 1)
    private let repoPath = "/gitea/api/v1/repos/jcitizen/my-repo"

    private func client(_ server: ScriptedServer, logs: LogCapture = LogCapture()) throws -> GiteaClient {
        try GiteaClient(
            baseURL: server.baseURL("/gitea/api/v1"), credentials: .token(TestSupport.token),
            httpClient: TestSupport.http, options: TestSupport.options(.gitea), logger: logs.logger
        )
    }

    @Test(arguments: [
        ("owner", RepositoryPermission.admin), ("admin", .admin), ("write", .write), ("read", .read), ("none", .none),
    ])
    func mapsAccessModes(mode: String, expected: RepositoryPermission) async throws {
        let body = #"{"permission":"\#(mode)","role_name":"\#(mode)","user":{"id":3,"login":"dev","username":"dev"}}"#
        try await ScriptedServer.run({ _, _ in .json(body) }) { server in
            let answer = try await client(server).permission(TestSupport.giteaRepo, user: "dev")
            #expect(answer == expected)
            let request = try #require(await server.log.requests.first)
            #expect(request.line == "GET \(repoPath)/collaborators/dev/permission")
            #expect(request.headers["authorization"] == "token \(TestSupport.token)")
        }
    }

    @Test
    func anUnknownUserIsNone() async throws {
        try await ScriptedServer.run({ _, _ in .json(404, #"{"message":"user redirect does not exist [name: ghost]"}"#) }) { server in
            let answer = try await client(server).permission(TestSupport.giteaRepo, user: "ghost")
            #expect(answer == RepositoryPermission.none)
        }
    }

    /// Gitea tells only repository admins about other users: the answer is `none`, and the log says what to fix.
    @Test
    func aBotWithoutAdminRightsSeesNoneAndSaysWhy() async throws {
        let refusal = #"{"message":"Only admins can query all permissions, repo admins can query all repo permissions, collaborators can query only their own"}"#
        try await ScriptedServer.run({ _, _ in .json(403, refusal) }) { server in
            let logs = LogCapture()
            let answer = try await client(server, logs: logs).permission(TestSupport.giteaRepo, user: "dev")
            #expect(answer == RepositoryPermission.none)
            #expect(logs.text.contains("admin rights"))
            #expect(logs.text.contains("GET /repos/jcitizen/my-repo/collaborators/dev/permission"))
            #expect(!logs.text.contains(TestSupport.token))
        }
    }

    @Test
    func answersWithAnIssueCommentQuotingTheCommandsFirstLine() async throws {
        let created = try Fixture.text("gitea-comment.json")
        try await ScriptedServer.run({ _, _ in .json(201, created) }) { server in
            let thread = CommentThread(
                commentID: 45, isReviewComment: true, author: "alice",
                quotedBody: "\n  @backend-review dismiss  \nwe use raw SQL here on purpose"
            )
            let reply = try await client(server).reply(ref, in: thread, body: "Dismissed for this repository.")
            #expect(reply == HostComment(id: "74", body: "what?", author: "unknwon"))
            let request = try #require(await server.log.requests.first)
            #expect(request.line == "POST \(repoPath)/issues/1/comments")
            #expect(request.json == TestSupport.json(
                #"{"body":"> @alice: @backend-review dismiss\n\nDismissed for this repository."}"#
            ))
        }
    }

    @Test
    func aLongCommandIsCutInTheQuote() throws {
        let line = "@backend-review explain " + String(repeating: "x", count: 200)
        let body = GiteaClient.quotedReply(
            to: CommentThread(commentID: 1, isReviewComment: false, author: "bob", quotedBody: line), body: "ok"
        )
        let quote = try #require(body.split(separator: "\n").first)
        #expect(quote == "> @bob: " + line.prefix(GiteaClient.quoteLimit - 1) + "…")
        #expect(body.hasSuffix("\n\nok"))
    }
}
