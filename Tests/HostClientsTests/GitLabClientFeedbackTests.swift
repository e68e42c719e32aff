import Foundation
import HostClients
import Hosts
import Testing

/// The GitLab adapter's member check, discussion listing and thread replies, against a scripted host.
struct GitLabClientFeedbackTests {
    private let ref = TestSupport.ref(TestSupport.gitlabRepo, host: .gitlab, number: 1)
    private let project = "/gitlab/api/v4/projects/group%2Fsub%2Frepo"

    private func client(_ server: ScriptedServer) throws -> GitLabClient {
        try GitLabClient(
            baseURL: server.baseURL("/gitlab/api/v4"), credentials: .token(TestSupport.token),
            httpClient: TestSupport.http, options: TestSupport.options(.gitlab), logger: LogCapture().logger
        )
    }

    private static func member(_ username: String, _ level: Int, state: String = "active") -> String {
        #"{"id":7,"username":"\#(username)","name":"\#(username)","state":"\#(state)","access_level":\#(level),"expires_at":null}"#
    }

    @Test(arguments: [
        (50, RepositoryPermission.admin), (60, .admin), (40, .maintain), (30, .write), (20, .read), (15, .read),
        (10, .read), (5, .read), (0, .none),
    ])
    func mapsAccessLevels(level: Int, expected: RepositoryPermission) async throws {
        let members = "[\(Self.member("dev", level))]"
        try await ScriptedServer.run({ _, _ in .json(members, headers: [("X-Next-Page", "")]) }) { server in
            let answer = try await client(server).permission(TestSupport.gitlabRepo, user: "dev")
            #expect(answer == expected)
            let request = try #require(await server.log.requests.first)
            #expect(request.line == "GET \(project)/members/all")
            #expect(request.query == ["query": "dev", "per_page": "100", "page": "1"])
            #expect(request.headers["private-token"] == TestSupport.token)
        }
    }

    /// `query` matches loosely (`dev-lead`, `devon`): only the exact username counts, on whichever page it is.
    @Test
    func picksTheExactUsernameAcrossPages() async throws {
        let first = "[\(Self.member("dev-lead", 50)),\(Self.member("devon", 40))]"
        let second = "[\(Self.member("Dev", 30))]"
        try await ScriptedServer.run({ request, _ in
            request.query["page"] == "1"
                ? .json(first, headers: [("X-Next-Page", "2")]) : .json(second, headers: [("X-Next-Page", "")])
        }) { server in
            let answer = try await client(server).permission(TestSupport.gitlabRepo, user: "dev")
            #expect(answer == .write)
            #expect(await server.log.requests.map(\.query["page"]) == ["1", "2"])
        }
    }

    @Test(arguments: [
        "[]", "[\(member("dev-lead", 50))]", "[\(member("dev", 40, state: "blocked"))]",
        "[\(member("dev", 30, state: "awaiting"))]",
    ])
    func noExactActiveMemberIsNone(members: String) async throws {
        try await ScriptedServer.run({ _, _ in .json(members) }) { server in
            let answer = try await client(server).permission(TestSupport.gitlabRepo, user: "dev")
            #expect(answer == RepositoryPermission.none)
        }
    }

    /// Notes come from the discussions, every page, each with its discussion id; system notes are dropped and
    /// only a `DiffNote`'s position makes a note inline.
    @Test
    func listsNotesThreadByThreadWithTheirDiscussionIDs() async throws {
        let realDiscussion = try Fixture.text("gitlab-merge-discussion.json")
        let note = try Fixture.text("gitlab-merge-note.json")
        let diffThread = #"""
            {"id":"d2","individual_note":false,"notes":[
              {"id":302,"type":"DiffNote","body":"<!-- fp -->","author":{"username":"bot"},"system":false,
               "position":{"base_sha":"a","start_sha":"a","head_sha":"b","old_path":"a.py","new_path":"a.py",
                           "position_type":"text","old_line":null,"new_line":12}},
              {"id":304,"type":"DiffNote","body":"@backend-review dismiss","author":{"username":"dev"},"system":false,
               "position":{"base_sha":"a","start_sha":"a","head_sha":"b","old_path":"a.py","new_path":"a.py",
                           "position_type":"text","old_line":null,"new_line":12}}]}
            """#
        let firstPage = #"[{"id":"d1","individual_note":true,"notes":[\#(note)]},\#(diffThread)]"#
        let secondPage = #"""
            [{"id":"d3","individual_note":true,"notes":[{"id":303,"type":null,"body":"added 1 commit","author":{"username":"dev"},"system":true}]},
             \#(realDiscussion)]
            """#
        try await ScriptedServer.run({ request, _ in
            request.query["page"] == "1"
                ? .json(firstPage, headers: [("X-Next-Page", "2"), ("X-Page", "1")])
                : .json(secondPage, headers: [("X-Next-Page", "")])
        }) { server in
            let comments = try await client(server).comments(ref)
            #expect(comments == [
                HostComment(id: "301", threadID: "d1", body: "Comment for MR", author: "pipin"),
                HostComment(id: "302", threadID: "d2", body: "<!-- fp -->", author: "bot", path: "a.py", line: 12),
                HostComment(id: "304", threadID: "d2", body: "@backend-review dismiss", author: "dev", path: "a.py", line: 12),
                HostComment(
                    id: "1758", threadID: "6a9c1750b37d513a43987b574953fceb50b03ce7", body: "looks good to me",
                    author: "pipeline-bot"
                ),
            ])
            let requests = await server.log.requests
            #expect(requests.map(\.line) == Array(repeating: "GET \(project)/merge_requests/1/discussions", count: 2))
            #expect(requests.map(\.query) == [["per_page": "100", "page": "1"], ["per_page": "100", "page": "2"]])
        }
    }

    @Test
    func answersInTheDiscussion() async throws {
        let note = try Fixture.text("gitlab-merge-note.json")
        try await ScriptedServer.run({ _, _ in .json(201, note) }) { server in
            let thread = CommentThread(
                commentID: 304, discussionID: "6a9c1750b37d513a43987b574953fceb50b03ce7", isReviewComment: true,
                author: "dev", quotedBody: "@backend-review dismiss"
            )
            let reply = try await client(server).reply(ref, in: thread, body: "Comment for MR")
            #expect(reply == HostComment(
                id: "301", threadID: "6a9c1750b37d513a43987b574953fceb50b03ce7", body: "Comment for MR", author: "pipin"
            ))
            let request = try #require(await server.log.requests.first)
            #expect(request.line == "POST \(project)/merge_requests/1/discussions/6a9c1750b37d513a43987b574953fceb50b03ce7/notes")
            #expect(request.json == TestSupport.json(#"{"body":"Comment for MR"}"#))
        }
    }

    @Test
    func withoutADiscussionAnswersWithAPlainNote() async throws {
        let note = try Fixture.text("gitlab-merge-note.json")
        try await ScriptedServer.run({ _, _ in .json(201, note) }) { server in
            let thread = CommentThread(commentID: 9, isReviewComment: false, author: "dev", quotedBody: "@backend-review review")
            let reply = try await client(server).reply(ref, in: thread, body: "Comment for MR")
            #expect(reply == HostComment(id: "301", body: "Comment for MR", author: "pipin"))
            let request = try #require(await server.log.requests.first)
            #expect(request.line == "POST \(project)/merge_requests/1/notes")
        }
    }
}
