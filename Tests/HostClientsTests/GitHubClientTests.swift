import Foundation
import HostClients
import Hosts
import Testing

/// The GitHub adapter against a scripted host under `/github`, as the fake host serves it.
struct GitHubClientTests {
    private let ref = TestSupport.ref(TestSupport.githubRepo, host: .github, number: 1347)
    private let repoPath = "/github/repos/octocat/Hello-World"

    private func client(_ server: ScriptedServer, logs: LogCapture = LogCapture(), options: HostClientOptions? = nil) throws -> GitHubClient {
        try GitHubClient(
            baseURL: server.baseURL("/github"), credentials: .token(TestSupport.token), httpClient: TestSupport.http,
            options: options ?? TestSupport.options(.github), logger: logs.logger
        )
    }

    @Test
    func readsThePullRequestWithTheDocumentedHeaders() async throws {
        let body = try Fixture.text("github-pr.json")
        try await ScriptedServer.run({ _, _ in .json(body) }) { server in
            let snapshot = try await client(server).pullRequest(ref)
            #expect(snapshot.title == "new-feature")
            #expect(snapshot.body == "Please pull these awesome changes")
            #expect(snapshot.headSHA == "6dcb09b5b57875f334f61aebed695e2e4193db5e")
            #expect(snapshot.baseSHA == "6dcb09b5b57875f334f61aebed695e2e4193db5e")
            #expect(snapshot.headRef == "new-topic")
            #expect(snapshot.baseRef == "master")
            #expect(snapshot.defaultBranch == "master")
            #expect(snapshot.isOpen)
            #expect(!snapshot.isDraft)
            #expect(snapshot.author == "octocat")
            #expect(snapshot.startSHA == nil)

            let request = try #require(await server.log.requests.first)
            #expect(request.line == "GET \(repoPath)/pulls/1347")
            #expect(request.headers["authorization"] == "Bearer \(TestSupport.token)")
            #expect(request.headers["accept"] == "application/vnd.github+json")
            #expect(request.headers["x-github-api-version"] == "2022-11-28")
            #expect(request.headers["user-agent"] == "backend-review")
        }
    }

    @Test
    func fetchesTheDiffWithTheDiffMediaType() async throws {
        let diff = Array(try Fixture.text("pr2055.diff").utf8)
        try await ScriptedServer.run({ _, _ in .bytes(diff) }) { server in
            let bytes = try await client(server).diff(ref, snapshot: TestSupport.snapshot())
            #expect(bytes == diff)
            let request = try #require(await server.log.requests.first)
            #expect(request.line == "GET \(repoPath)/pulls/1347")
            #expect(request.headers["accept"] == "application/vnd.github.diff")
        }
    }

    @Test
    func readsRawFileContentsAndAnAbsentFileAsNil() async throws {
        try await ScriptedServer.run({ request, _ in
            request.path.hasSuffix("/missing.yml")
                ? .json(404, #"{"message":"Not Found"}"#) : .bytes(Array("print('hi')\n".utf8))
        }) { server in
            let github = try client(server)
            let bytes = try await github.fileContents(TestSupport.githubRepo, path: "src/a b.py", ref: "abc123")
            #expect(bytes == Array("print('hi')\n".utf8))
            let missing = try await github.fileContents(TestSupport.githubRepo, path: "missing.yml", ref: "main")
            #expect(missing == nil)

            let requests = await server.log.requests
            #expect(requests.map(\.line) == ["GET \(repoPath)/contents/src/a%20b.py", "GET \(repoPath)/contents/missing.yml"])
            #expect(requests[0].query == ["ref": "abc123"])
            #expect(requests[0].headers["accept"] == "application/vnd.github.raw")
        }
    }

    @Test
    func listsEveryPageOfIssueAndReviewComments() async throws {
        let issueComment = try Fixture.text("github-issue-comment.json")
        let reviewComment = try Fixture.text("github-pr-comment.json")
        try await ScriptedServer.run({ request, _ in
            if request.path.hasSuffix("/issues/1347/comments") {
                if request.query["page"] == "1" {
                    let next = "<http://elsewhere.example/repositories/1/issues/1347/comments?per_page=100&page=2>; rel=\"next\", <http://elsewhere.example/x?page=2>; rel=\"last\""
                    return .json("[\(issueComment)]", headers: [("Link", next)])
                }
                return .json(#"[{"id":2,"body":"<!-- backend-review:summary -->","user":{"login":"bot"}}]"#)
            }
            return .json("[\(reviewComment)]")
        }) { server in
            let comments = try await client(server).comments(ref)
            #expect(comments == [
                HostComment(id: "1", body: "Me too", author: "octocat"),
                HostComment(id: "2", body: "<!-- backend-review:summary -->", author: "bot"),
                HostComment(id: "10", body: "Great stuff", author: "octocat", path: "file1.txt", line: 1),
            ])
            let requests = await server.log.requests
            // The next page is asked of the configured host, never of the link's own host.
            #expect(requests.map(\.line) == [
                "GET \(repoPath)/issues/1347/comments", "GET \(repoPath)/issues/1347/comments",
                "GET \(repoPath)/pulls/1347/comments",
            ])
            #expect(requests.map(\.query) == [
                ["per_page": "100", "page": "1"], ["per_page": "100", "page": "2"], ["per_page": "100", "page": "1"],
            ])
            #expect(requests.allSatisfy { $0.headers["authorization"] == "Bearer \(TestSupport.token)" })
        }
    }

    @Test
    func postsSixtyFiveCommentsAsThreeReviewsOfAtMostThirty() async throws {
        try await ScriptedServer.run({ _, _ in .json(#"{"id":80,"state":"COMMENTED"}"#) }) { server in
            let drafts = (1...65).map { InlineCommentDraft(path: "app/main.py", line: $0, body: "finding \($0)") }
            try await client(server).postInlineComments(ref, snapshot: TestSupport.snapshot(head: "head-sha"), comments: drafts)

            let requests = await server.log.requests
            #expect(requests.map(\.line) == Array(repeating: "POST \(repoPath)/pulls/1347/reviews", count: 3))
            let bodies = requests.compactMap { $0.json as? [String: Any] }
            #expect(bodies.map { ($0["comments"] as? [Any])?.count } == [30, 30, 5])
            let first = try #require(requests.first)
            let expected = TestSupport.json(
                #"{"commit_id":"head-sha","event":"COMMENT","body":"","comments":["#
                    + (1...30).map { #"{"path":"app/main.py","line":\#($0),"side":"RIGHT","body":"finding \#($0)"}"# }
                    .joined(separator: ",") + "]}"
            )
            #expect(first.json == expected)
            #expect(first.headers["content-type"] == "application/json")
        }
    }

    @Test
    func noDraftsPostNothing() async throws {
        try await ScriptedServer.run({ _, _ in .json("{}") }) { server in
            try await client(server).postInlineComments(ref, snapshot: TestSupport.snapshot(), comments: [])
            #expect(await server.log.requests.isEmpty)
        }
    }

    @Test
    func createsAndUpdatesTheSummaryComment() async throws {
        let created = try Fixture.text("github-issue-comment.json")
        try await ScriptedServer.run({ request, _ in
            request.method == "POST" ? .json(201, created) : .json(created)
        }) { server in
            let github = try client(server)
            let comment = try await github.createComment(ref, body: "Me too")
            #expect(comment == HostComment(id: "1", body: "Me too", author: "octocat"))
            try await github.updateComment(ref, comment: comment, body: "updated")

            let requests = await server.log.requests
            #expect(requests.map(\.line) == ["POST \(repoPath)/issues/1347/comments", "PATCH \(repoPath)/issues/comments/1"])
            #expect(requests[0].json == TestSupport.json(#"{"body":"Me too"}"#))
            #expect(requests[1].json == TestSupport.json(#"{"body":"updated"}"#))
        }
    }

    @Test
    func setsTheCommitStatusWithADescriptionOfAtMost140Characters() async throws {
        try await ScriptedServer.run({ _, _ in .json(201, "{}") }) { server in
            let github = try client(server)
            let long = String(repeating: "x", count: 200)
            try await github.setStatus(ref, sha: "abc", status: CommitStatus(state: .failure, description: long))
            try await github.setStatus(
                ref, sha: "abc", status: CommitStatus(state: .success, description: "ok", targetURL: "https://ci/1")
            )
            let requests = await server.log.requests
            #expect(requests.map(\.line) == Array(repeating: "POST \(repoPath)/statuses/abc", count: 2))
            let first = try #require(requests[0].json as? [String: String])
            #expect(first["state"] == "failure")
            #expect(first["context"] == "backend-review")
            #expect(first["description"]?.count == 140)
            #expect(first["target_url"] == nil)
            #expect(requests[1].json == TestSupport.json(
                #"{"state":"success","description":"ok","context":"backend-review","target_url":"https://ci/1"}"#
            ))
        }
    }

    @Test
    func botLoginIsTheTokensUser() async throws {
        try await ScriptedServer.run({ _, _ in .json(#"{"login":"review-bot","id":1}"#) }) { server in
            let login = try await client(server).botLogin()
            #expect(login == "review-bot")
            #expect(await server.log.requests.map(\.line) == ["GET /github/user"])
        }
    }

    @Test
    func aRejectedReviewFailsWithTheHostsReasonAndOneLogLineWithoutTheToken() async throws {
        let rejection = #"{"message":"Unprocessable Entity","errors":["Pull request review thread line must be part of the diff"]}"#
        try await ScriptedServer.run({ _, _ in .json(422, rejection) }) { server in
            let logs = LogCapture()
            let drafts = [InlineCommentDraft(path: "a.py", line: 999, body: "x")]
            let error = await #expect(throws: HostAPIError.self) {
                try await client(server, logs: logs).postInlineComments(ref, snapshot: TestSupport.snapshot(), comments: drafts)
            }
            #expect(error?.kind == .rejected)
            #expect(error?.status == 422)
            #expect(error?.request == "POST /repos/octocat/Hello-World/pulls/1347/reviews")
            #expect(error?.message.contains("must be part of the diff") == true)
            #expect(!String(describing: error).contains(TestSupport.token))
            #expect(logs.count == 1)
            #expect(logs.text.contains("POST /repos/octocat/Hello-World/pulls/1347/reviews"))
            #expect(!logs.text.contains(TestSupport.token))
            #expect(await server.log.requests.count == 1)
        }
    }

    @Test
    func noTokenInAnyLogLineAcrossRetriesAndFailures() async throws {
        try await ScriptedServer.run({ request, seen in
            switch request.path {
            case "/github/user": seen == 1 ? .json(503, "{}") : .json(401, #"{"message":"Bad credentials"}"#)
            default: .json(404, #"{"message":"Not Found"}"#)
            }
        }) { server in
            let logs = LogCapture()
            let github = try client(server, logs: logs)
            await #expect(throws: HostAPIError.self) { try await github.botLogin() }
            await #expect(throws: HostAPIError.self) { try await github.pullRequest(ref) }
            #expect(logs.count >= 3)
            #expect(!logs.text.contains(TestSupport.token))
            #expect(!logs.text.lowercased().contains("authorization"))
        }
    }
}
