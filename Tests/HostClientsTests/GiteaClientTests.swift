import Foundation
import HostClients
import Hosts
import Testing

/// The Gitea / Forgejo adapter against a scripted host under `/gitea/api/v1`, as the fake host serves it.
struct GiteaClientTests {
    private let ref = TestSupport.ref(TestSupport.giteaRepo, host: .gitea, number: 1)
    private let repoPath = "/gitea/api/v1/repos/jcitizen/my-repo"

    private func client(_ server: ScriptedServer) throws -> GiteaClient {
        try GiteaClient(
            baseURL: server.baseURL("/gitea/api/v1"), credentials: .token(TestSupport.token),
            httpClient: TestSupport.http, options: TestSupport.options(.gitea), logger: LogCapture().logger
        )
    }

    @Test
    func readsThePullRequestWithTheMergeBaseAsBase() async throws {
        let body = try Fixture.text("gitea-pr.json")
        try await ScriptedServer.run({ _, _ in .json(body) }) { server in
            let snapshot = try await client(server).pullRequest(ref)
            #expect(snapshot.title == "Add License File")
            #expect(snapshot.body == "Using a BSD License")
            #expect(snapshot.headSHA == "4f5e7d8f15cf79387cfd8a0d30c58855ab61e138")
            #expect(snapshot.baseSHA == "39af58f1eff02aa308e16913e887c8d50362b474")
            #expect(snapshot.headRef == "feature")
            #expect(snapshot.baseRef == "master")
            #expect(snapshot.defaultBranch == "master")
            #expect(snapshot.isOpen)
            #expect(!snapshot.isDraft)
            #expect(snapshot.author == "jcitizen")
            let request = try #require(await server.log.requests.first)
            #expect(request.line == "GET \(repoPath)/pulls/1")
            #expect(request.headers["authorization"] == "token \(TestSupport.token)")
        }
    }

    @Test
    func fetchesTheDiffAndRawFiles() async throws {
        let diff = Array(try Fixture.text("pr2055.diff").utf8)
        try await ScriptedServer.run({ request, _ in
            if request.path.hasSuffix(".diff") { return .bytes(diff) }
            if request.path.contains("missing") { return .json(404, #"{"message":"not found"}"#) }
            return .bytes(Array("doc\n".utf8))
        }) { server in
            let gitea = try client(server)
            #expect(try await gitea.diff(ref, snapshot: TestSupport.snapshot()) == diff)
            #expect(try await gitea.fileContents(TestSupport.giteaRepo, path: "docs/README.md", ref: "abc") == Array("doc\n".utf8))
            #expect(try await gitea.fileContents(TestSupport.giteaRepo, path: "missing", ref: "main") == nil)
            let requests = await server.log.requests
            #expect(requests.map(\.line) == [
                "GET \(repoPath)/pulls/1.diff", "GET \(repoPath)/raw/docs/README.md", "GET \(repoPath)/raw/missing",
            ])
            #expect(requests[1].query == ["ref": "abc"])
        }
    }

    @Test
    func listsIssueCommentsAcrossPagesAndTheCommentsOfReviewsThatHaveAny() async throws {
        let comment = try Fixture.text("gitea-comment.json")
        try await ScriptedServer.run({ request, _ in
            switch request.path {
            case "/gitea/api/v1/repos/jcitizen/my-repo/issues/1/comments":
                if request.query["page"] == "1" {
                    let next = "<https://gitea.example/api/v1/repos/jcitizen/my-repo/issues/1/comments?limit=50&page=2>; rel=\"next\""
                    return .json("[\(comment)]", headers: [("Link", next)])
                }
                return .json(#"[{"id":75,"body":"summary","user":{"login":"bot"}}]"#)
            case "/gitea/api/v1/repos/jcitizen/my-repo/pulls/1/reviews":
                return .json(#"[{"id":5,"body":"","user":{"login":"bot"},"comments_count":2},{"id":6,"body":"LGTM","comments_count":0}]"#)
            default:
                return .json(#"""
                    [{"id":90,"body":"<!-- fp1 -->","path":"a.py","position":3,"original_position":0,"user":{"login":"bot"}},
                     {"id":91,"body":"old side","path":"a.py","position":0,"original_position":5,"user":{"login":"bot"}}]
                    """#)
            }
        }) { server in
            let comments = try await client(server).comments(ref)
            #expect(comments == [
                HostComment(id: "74", body: "what?", author: "unknwon"),
                HostComment(id: "75", body: "summary", author: "bot"),
                HostComment(id: "90", body: "<!-- fp1 -->", author: "bot", path: "a.py", line: 3),
                HostComment(id: "91", body: "old side", author: "bot", path: "a.py", line: nil),
            ])
            let requests = await server.log.requests
            #expect(requests.map(\.line) == [
                "GET \(repoPath)/issues/1/comments", "GET \(repoPath)/issues/1/comments", "GET \(repoPath)/pulls/1/reviews",
                "GET \(repoPath)/pulls/1/reviews/5/comments",
            ])
            #expect(requests[0].query == ["page": "1", "limit": "50"])
            #expect(requests[1].query == ["page": "2", "limit": "50"])
        }
    }

    @Test
    func postsOneReviewWithNewPositions() async throws {
        try await ScriptedServer.run({ _, _ in .json(#"{"id":7}"#) }) { server in
            let drafts = [
                InlineCommentDraft(path: "a.py", line: 3, body: "one"), InlineCommentDraft(path: "b.py", line: 8, body: "two"),
            ]
            try await client(server).postInlineComments(ref, snapshot: TestSupport.snapshot(head: "h9"), comments: drafts)
            let request = try #require(await server.log.requests.first)
            #expect(await server.log.requests.count == 1)
            #expect(request.line == "POST \(repoPath)/pulls/1/reviews")
            #expect(request.json == TestSupport.json(#"""
                {"commit_id":"h9","event":"COMMENT","body":"","comments":[
                {"path":"a.py","body":"one","new_position":3,"old_position":0},
                {"path":"b.py","body":"two","new_position":8,"old_position":0}]}
                """#))
        }
    }

    @Test
    func createsUpdatesCommentsAndSetsStatuses() async throws {
        let comment = try Fixture.text("gitea-comment.json")
        try await ScriptedServer.run({ request, _ in request.method == "POST" ? .json(201, comment) : .json(comment) }) { server in
            let gitea = try client(server)
            let created = try await gitea.createComment(ref, body: "what?")
            #expect(created == HostComment(id: "74", body: "what?", author: "unknwon"))
            try await gitea.updateComment(ref, comment: created, body: "edited")
            try await gitea.setStatus(ref, sha: "h9", status: CommitStatus(state: .error, description: "failed to review"))
            let requests = await server.log.requests
            #expect(requests.map(\.line) == [
                "POST \(repoPath)/issues/1/comments", "PATCH \(repoPath)/issues/comments/74", "POST \(repoPath)/statuses/h9",
            ])
            #expect(requests[0].json == TestSupport.json(#"{"body":"what?"}"#))
            #expect(requests[1].json == TestSupport.json(#"{"body":"edited"}"#))
            #expect(requests[2].json == TestSupport.json(
                #"{"state":"error","context":"backend-review","description":"failed to review"}"#
            ))
        }
    }

    @Test
    func botLoginIsTheTokensUser() async throws {
        try await ScriptedServer.run({ _, _ in .json(#"{"id":1,"login":"gitea-bot"}"#) }) { server in
            let login = try await client(server).botLogin()
            #expect(login == "gitea-bot")
            #expect(await server.log.requests.map(\.line) == ["GET /gitea/api/v1/user"])
        }
    }
}
