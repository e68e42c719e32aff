import FakeHost
import Foundation
import Testing

@Suite("Reply threads")
struct ThreadRoutesTests {
    private func review(_ host: FakeHostServer) async throws -> Int {
        let response = try await HTTP.send(
            .POST, "\(host.baseURL(for: .github))/repos/octo/app/pulls/7/reviews", headers: Fixtures.auth(.github),
            json: #"{"commit_id":"\#(Fixtures.headSHA)","event":"COMMENT","body":"","comments":[{"path":"app/service.py","line":5,"side":"RIGHT","body":"finding"}]}"#
        )
        #expect(response.status == 200)
        return try #require(host.inlineComments(.github, "octo/app", number: 7).first?.id)
    }

    @Test func githubRepliesJoinTheReviewCommentsThread() async throws {
        let host = try await Fixtures.server(.github, repo: "octo/app")
        let root = try await review(host)
        let human = try host.addReply(.github, "octo/app", number: 7, to: root, body: "@backend-review dismiss", author: "alice")

        let answer = try await HTTP.send(
            .POST, "\(host.baseURL(for: .github))/repos/octo/app/pulls/7/comments/\(root)/replies",
            headers: Fixtures.auth(.github), json: #"{"body":"Dismissed."}"#
        )
        #expect(answer.status == 201)
        #expect(answer.object["in_reply_to_id"] as? Int == root)
        #expect(answer.object["path"] as? String == "app/service.py")
        #expect(answer.object["line"] as? Int == 5)
        #expect(answer.object["user", "login"] as? String == "backend-review-bot")
        let replyID = try #require(answer.object["id"] as? Int)

        #expect(host.thread(.github, "octo/app", number: 7, containing: human).map(\.id) == [root, human, replyID])
        #expect(host.replies(.github, "octo/app", number: 7).map(\.id) == [human, replyID])
        #expect(host.replies(.github, "octo/app", number: 7).allSatisfy { $0.inReplyToID == root })

        let listed = try await HTTP.get(
            "\(host.baseURL(for: .github))/repos/octo/app/pulls/7/comments?per_page=100", headers: Fixtures.auth(.github)
        )
        #expect(listed.array.map { $0["id"] as? Int } == [root, human, replyID])
        #expect(listed.array.map { $0["in_reply_to_id"] as? Int } == [nil, root, root])
        #expect(listed.array.first.map { $0.keys.contains("in_reply_to_id") } == false)
        await host.stop()
    }

    @Test func githubRefusesRepliesToRepliesAndUnknownComments() async throws {
        let host = try await Fixtures.server(.github, repo: "octo/app")
        let root = try await review(host)
        let human = try host.addReply(.github, "octo/app", number: 7, to: root, body: "why?", author: "alice")
        let base = "\(host.baseURL(for: .github))/repos/octo/app/pulls/7/comments"
        let nested = try await HTTP.send(.POST, "\(base)/\(human)/replies", headers: Fixtures.auth(.github), json: #"{"body":"x"}"#)
        #expect(nested.status == 422)
        let unknown = try await HTTP.send(.POST, "\(base)/999999/replies", headers: Fixtures.auth(.github), json: #"{"body":"x"}"#)
        #expect(unknown.status == 404)
        let blank = try await HTTP.send(.POST, "\(base)/\(root)/replies", headers: Fixtures.auth(.github), json: #"{"body":""}"#)
        #expect(blank.status == 422)
        #expect(host.replies(.github, "octo/app", number: 7).map(\.id) == [human])
        await host.stop()
    }

    @Test func gitlabListsDiscussionsPagedAndAnswersInThem() async throws {
        let host = try await Fixtures.server(.gitlab, repo: "group/app")
        let mr = "\(host.baseURL(for: .gitlab))/projects/group%2Fapp/merge_requests/7"
        let summary = try host.addComment(.gitlab, "group/app", number: 7, body: "summary", author: "backend-review-bot")
        let created = try await HTTP.send(
            .POST, "\(mr)/discussions", headers: Fixtures.auth(.gitlab),
            json: #"""
                {"body":"finding","position":{"position_type":"text","base_sha":"\#(Fixtures.baseSHA)","start_sha":"\#(Fixtures.baseSHA)",
                 "head_sha":"\#(Fixtures.headSHA)","old_path":"app/service.py","new_path":"app/service.py","new_line":5}}
                """#
        )
        let discussion = try #require(created.object["id"] as? String)
        let finding = try #require((created.object["notes"] as? [[String: Any]])?.first?["id"] as? Int)
        let human = try host.addReply(.gitlab, "group/app", number: 7, to: finding, body: "@backend-review dismiss", author: "alice")

        let answer = try await HTTP.send(
            .POST, "\(mr)/discussions/\(discussion)/notes", headers: Fixtures.auth(.gitlab), json: #"{"body":"Dismissed."}"#
        )
        #expect(answer.status == 201)
        #expect(answer.object["type"] as? String == "DiffNote")
        #expect(answer.object["position", "new_line"] as? Int == 5)
        let answerID = try #require(answer.object["id"] as? Int)
        #expect(host.thread(.gitlab, "group/app", number: 7, containing: finding).map(\.id) == [finding, human, answerID])
        #expect(host.replies(.gitlab, "group/app", number: 7).map(\.id) == [human, answerID])

        let firstPage = try await HTTP.get("\(mr)/discussions?per_page=1&page=1", headers: Fixtures.auth(.gitlab))
        #expect(firstPage.header("x-next-page") == "2")
        #expect(firstPage.array.first?["individual_note"] as? Bool == true)
        #expect((firstPage.array.first?["notes"] as? [[String: Any]])?.map { $0["id"] as? Int } == [summary])
        let secondPage = try await HTTP.get("\(mr)/discussions?per_page=1&page=2", headers: Fixtures.auth(.gitlab))
        #expect(secondPage.header("x-next-page") == "")
        #expect(secondPage.array.first?["id"] as? String == discussion)
        #expect(secondPage.array.first?["individual_note"] as? Bool == false)
        let notes = try #require(secondPage.array.first?["notes"] as? [[String: Any]])
        #expect(notes.map { $0["id"] as? Int } == [finding, human, answerID])
        #expect(notes.map { $0["type"] as? String } == ["DiffNote", "DiffNote", "DiffNote"])

        let missing = try await HTTP.send(
            .POST, "\(mr)/discussions/\(String(repeating: "f", count: 40))/notes", headers: Fixtures.auth(.gitlab),
            json: #"{"body":"x"}"#
        )
        #expect(missing.status == 404)
        await host.stop()
    }

    /// Answering a plain note turns it into a thread, as GitLab does.
    @Test func gitlabAnswerToAPlainNoteMakesAThread() async throws {
        let host = try await Fixtures.server(.gitlab, repo: "group/app")
        let mr = "\(host.baseURL(for: .gitlab))/projects/group%2Fapp/merge_requests/7"
        let note = try host.addComment(.gitlab, "group/app", number: 7, body: "@backend-review review", author: "alice")
        let discussion = try #require(host.issueComments(.gitlab, "group/app", number: 7).first?.discussionID)
        let answer = try await HTTP.send(
            .POST, "\(mr)/discussions/\(discussion)/notes", headers: Fixtures.auth(.gitlab), json: #"{"body":"On it."}"#
        )
        #expect(answer.status == 201)
        #expect(answer.object["type"] as? String == "DiscussionNote")
        let listed = try await HTTP.get("\(mr)/discussions", headers: Fixtures.auth(.gitlab))
        #expect(listed.array.count == 1)
        #expect(listed.array.first?["individual_note"] as? Bool == false)
        let notes = try #require(listed.array.first?["notes"] as? [[String: Any]])
        #expect(notes.map { $0["type"] as? String } == ["DiscussionNote", "DiscussionNote"])
        #expect(host.thread(.gitlab, "group/app", number: 7, containing: note).count == 2)
        await host.stop()
    }

    @Test func giteaHasNoThreadsSoASeededReplyIsAnIssueComment() async throws {
        let host = try await Fixtures.server(.gitea, repo: "octo/app")
        let comment = try host.addComment(.gitea, "octo/app", number: 7, body: "@backend-review review", author: "alice")
        let reply = try host.addReply(.gitea, "octo/app", number: 7, to: comment, body: "> @alice: ...", author: "bob")
        #expect(host.issueComments(.gitea, "octo/app", number: 7).map(\.id) == [comment, reply])
        #expect(host.replies(.gitea, "octo/app", number: 7).isEmpty)
        #expect(host.thread(.gitea, "octo/app", number: 7, containing: reply).map(\.id) == [reply])
        #expect(throws: FakeHostError.self) {
            try host.addReply(.gitea, "octo/app", number: 7, to: 424242, body: "x", author: "bob")
        }
        await host.stop()
    }
}
