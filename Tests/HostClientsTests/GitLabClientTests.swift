import Foundation
import HostClients
import Hosts
import Testing

/// The GitLab adapter against a scripted host under `/gitlab/api/v4`, as the fake host serves it.
struct GitLabClientTests {
    private let ref = TestSupport.ref(TestSupport.gitlabRepo, host: .gitlab, number: 1)
    private let project = "/gitlab/api/v4/projects/group%2Fsub%2Frepo"

    private func client(_ server: ScriptedServer, logs: LogCapture = LogCapture()) throws -> GitLabClient {
        try GitLabClient(
            baseURL: server.baseURL("/gitlab/api/v4"), credentials: .token(TestSupport.token),
            httpClient: TestSupport.http, options: TestSupport.options(.gitlab), logger: logs.logger
        )
    }

    /// `merge.json` with the `diff_refs` of `merge_with_diffrefs.json`: both real shapes of the same endpoint.
    private static func mergeRequestJSON() throws -> String {
        var merge = try #require(
            try JSONSerialization.jsonObject(with: Data(Fixture.text("gitlab-merge.json").utf8)) as? [String: Any]
        )
        let refs = try #require(
            try JSONSerialization.jsonObject(with: Data(Fixture.text("gitlab-merge-with-diffrefs.json").utf8)) as? [String: Any]
        )
        merge["diff_refs"] = refs["diff_refs"]
        return String(decoding: try JSONSerialization.data(withJSONObject: merge), as: UTF8.self)
    }

    @Test
    func readsTheMergeRequestAndTheProjectsDefaultBranch() async throws {
        let mergeRequest = try Self.mergeRequestJSON()
        try await ScriptedServer.run({ request, _ in
            request.path.hasSuffix("/merge_requests/1")
                ? .json(mergeRequest) : .json(#"{"id":32732,"default_branch":"main","path_with_namespace":"group/sub/repo"}"#)
        }) { server in
            let snapshot = try await client(server).pullRequest(ref)
            #expect(snapshot.title == "JS fix")
            #expect(snapshot.body == "Signed-off-by: Dmitriy Zaporozhets <dmitriy.zaporozhets@gmail.com>")
            #expect(snapshot.headSHA == "2f63565e7aac07bcdadb654e253078b727143ec4")
            #expect(snapshot.baseSHA == "c380d3acebd181f13629a25d2e2acca46ffe1e00")
            #expect(snapshot.startSHA == "c380d3acebd181f13629a25d2e2acca46ffe1e00")
            #expect(snapshot.headRef == "fix")
            #expect(snapshot.baseRef == "master")
            #expect(snapshot.defaultBranch == "main")
            #expect(!snapshot.isOpen)
            #expect(!snapshot.isDraft)
            #expect(snapshot.author == "dblessing")

            let requests = await server.log.requests
            #expect(requests.map(\.line) == ["GET \(project)/merge_requests/1", "GET \(project)"])
            #expect(requests.allSatisfy { $0.headers["private-token"] == TestSupport.token })
            #expect(requests.allSatisfy { $0.headers["authorization"] == nil })
        }
    }

    @Test
    func aMergeRequestWithoutDiffRefsIsRetriedLater() async throws {
        let merge = try Fixture.text("gitlab-merge.json")
        try await ScriptedServer.run({ _, _ in .json(merge) }) { server in
            let error = await #expect(throws: HostAPIError.self) { try await client(server).pullRequest(ref) }
            #expect(error?.kind == .serverError)
            #expect(error?.isRetryable == true)
        }
    }

    @Test
    func fetchesRawDiffsAndRawFilesWithEncodedPaths() async throws {
        let diff = Array(try Fixture.text("pr2055.diff").utf8)
        try await ScriptedServer.run({ request, _ in
            if request.path.hasSuffix("/raw_diffs") { return .bytes(diff) }
            if request.path.contains("missing") { return .json(404, #"{"message":"404 File Not Found"}"#) }
            return .bytes(Array("x = 1\n".utf8))
        }) { server in
            let gitlab = try client(server)
            #expect(try await gitlab.diff(ref, snapshot: TestSupport.snapshot()) == diff)
            #expect(try await gitlab.fileContents(TestSupport.gitlabRepo, path: "app/core/db.py", ref: "abc") == Array("x = 1\n".utf8))
            #expect(try await gitlab.fileContents(TestSupport.gitlabRepo, path: "missing.yml", ref: "main") == nil)
            let requests = await server.log.requests
            #expect(requests.map(\.line) == [
                "GET \(project)/merge_requests/1/raw_diffs",
                "GET \(project)/repository/files/app%2Fcore%2Fdb.py/raw",
                "GET \(project)/repository/files/missing.yml/raw",
            ])
            #expect(requests[1].query == ["ref": "abc"])
        }
    }

    @Test
    func postsOneDiscussionPerCommentPositionedOnTheDiffRefs() async throws {
        let discussion = try Fixture.text("gitlab-merge-discussion.json")
        try await ScriptedServer.run({ _, _ in .json(201, discussion) }) { server in
            let snapshot = TestSupport.snapshot(head: "h1", base: "b1", start: "s1")
            let drafts = [
                InlineCommentDraft(path: "app/new.py", line: 4, body: "added line"),
                InlineCommentDraft(path: "app/new.py", line: 9, body: "context line", oldPath: "app/old.py", oldLine: 7),
            ]
            try await client(server).postInlineComments(ref, snapshot: snapshot, comments: drafts)
            try await client(server).postInlineComments(
                ref, snapshot: TestSupport.snapshot(head: "h2", base: "b2"), comments: [drafts[0]]
            )

            let requests = await server.log.requests
            #expect(requests.map(\.line) == Array(repeating: "POST \(project)/merge_requests/1/discussions", count: 3))
            #expect(requests[0].json == TestSupport.json(#"""
                {"body":"added line","position":{"position_type":"text","base_sha":"b1","start_sha":"s1","head_sha":"h1",
                "old_path":"app/new.py","new_path":"app/new.py","new_line":4}}
                """#))
            #expect(requests[1].json == TestSupport.json(#"""
                {"body":"context line","position":{"position_type":"text","base_sha":"b1","start_sha":"s1","head_sha":"h1",
                "old_path":"app/old.py","new_path":"app/new.py","new_line":9,"old_line":7}}
                """#))
            // Without a start_sha the base stands in for it.
            let third = try #require(requests[2].json as? [String: Any])
            #expect((third["position"] as? [String: Any])?["start_sha"] as? String == "b2")
        }
    }

    @Test
    func createsAndUpdatesNotes() async throws {
        let note = try Fixture.text("gitlab-merge-note.json")
        try await ScriptedServer.run({ request, _ in request.method == "POST" ? .json(201, note) : .json(note) }) { server in
            let gitlab = try client(server)
            let comment = try await gitlab.createComment(ref, body: "Comment for MR")
            #expect(comment == HostComment(id: "301", body: "Comment for MR", author: "pipin"))
            try await gitlab.updateComment(ref, comment: comment, body: "new body")
            let requests = await server.log.requests
            #expect(requests.map(\.line) == ["POST \(project)/merge_requests/1/notes", "PUT \(project)/merge_requests/1/notes/301"])
            #expect(requests[0].json == TestSupport.json(#"{"body":"Comment for MR"}"#))
            #expect(requests[1].json == TestSupport.json(#"{"body":"new body"}"#))
        }
    }

    @Test(arguments: [
        (CommitStatus.State.pending, "pending"), (.success, "success"), (.failure, "failed"), (.error, "failed"),
    ])
    func mapsCommitStatesToGitLabs(state: CommitStatus.State, expected: String) async throws {
        try await ScriptedServer.run({ _, _ in .json(201, "{}") }) { server in
            try await client(server).setStatus(ref, sha: "h1", status: CommitStatus(state: state, description: "3 findings"))
            let request = try #require(await server.log.requests.first)
            #expect(request.line == "POST \(project)/statuses/h1")
            #expect(request.json == TestSupport.json(
                #"{"state":"\#(expected)","name":"backend-review","description":"3 findings"}"#
            ))
        }
    }

    @Test
    func aRateLimitResetBeyondTheMaximumWaitFailsWithRetryAfter() async throws {
        let reset = TestSupport.epoch(Date().addingTimeInterval(600))
        try await ScriptedServer.run({ _, _ in
            .json(429, #"{"message":"429 Too Many Requests"}"#, headers: [("RateLimit-Reset", reset)])
        }) { server in
            let error = await #expect(throws: HostAPIError.self) { try await client(server).botLogin() }
            #expect(error?.kind == .rateLimited)
            #expect((error?.retryAfter ?? 0) > 500)
        }
    }

    @Test
    func appCredentialsAreRefused() {
        #expect(throws: HostClientConfigurationError.self) {
            _ = try GitLabClient(
                credentials: .githubApp(appID: "1", privateKeyPEM: "x"), httpClient: TestSupport.http,
                logger: LogCapture().logger
            )
        }
    }
}
