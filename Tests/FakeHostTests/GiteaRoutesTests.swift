import FakeHost
import Foundation
import Testing

@Suite("Gitea routes over HTTP")
struct GiteaRoutesTests {
    let repo = "octo/app"

    @Test func userPullDiffAndRawFiles() async throws {
        let host = try await Fixtures.server(.gitea, repo: repo)
        let base = host.baseURL(for: .gitea)
        host.setFile(.gitea, repo, ref: "main", path: "docs/readme.md", contents: "# hi\n")

        let user = try await HTTP.get("\(base)/user", headers: Fixtures.auth(.gitea))
        #expect(user.object["login"] as? String == "backend-review-bot")
        let unauthorized = try await HTTP.get("\(base)/user", headers: Fixtures.auth(.gitea, "nope"))
        #expect(unauthorized.status == 401)
        #expect(unauthorized.object["message"] as? String == "401 Unauthorized")

        let pull = try await HTTP.get("\(base)/repos/\(repo)/pulls/7", headers: Fixtures.auth(.gitea)).object
        #expect(pull["number"] as? Int == 7)
        #expect(pull["state"] as? String == "open")
        #expect(pull["head", "sha"] as? String == Fixtures.headSHA)
        #expect(pull["head", "ref"] as? String == "feature/compute")
        #expect(pull["base", "repo", "default_branch"] as? String == "main")
        #expect(pull["merge_base"] as? String == Fixtures.baseSHA)
        #expect(pull["user", "login"] as? String == "alice")

        let diff = try await HTTP.get("\(base)/repos/\(repo)/pulls/7.diff", headers: Fixtures.auth(.gitea))
        #expect(diff.text == Fixtures.diff)
        let raw = try await HTTP.get("\(base)/repos/\(repo)/raw/docs/readme.md?ref=main", headers: Fixtures.auth(.gitea))
        #expect(raw.text == "# hi\n")
        #expect(try await HTTP.get("\(base)/repos/\(repo)/raw/docs/readme.md?ref=dev", headers: Fixtures.auth(.gitea)).status == 404)
        #expect(try await HTTP.get("\(base)/repos/\(repo)/pulls/9", headers: Fixtures.auth(.gitea)).status == 404)
        #expect(try await HTTP.get("\(base)/repos/\(repo)/pulls/9.diff", headers: Fixtures.auth(.gitea)).status == 404)
        await host.stop()
    }

    @Test func commentsAreNotPaginatedAndOnlyThePosterEdits() async throws {
        let host = try await Fixtures.server(.gitea, repo: repo)
        let base = "\(host.baseURL(for: .gitea))/repos/\(repo)/issues"
        let human = try host.addComment(.gitea, repo, number: 7, body: "human", author: "alice")
        let created = try await HTTP.send(.POST, "\(base)/7/comments", headers: Fixtures.auth(.gitea), json: #"{"body":"v1"}"#)
        #expect(created.status == 201)
        #expect(created.object["user", "login"] as? String == "backend-review-bot")
        let id = try #require(created.object["id"] as? Int)

        let updated = try await HTTP.send(.PATCH, "\(base)/comments/\(id)", headers: Fixtures.auth(.gitea), json: #"{"body":"v2"}"#)
        #expect(updated.status == 200)
        #expect(updated.object["body"] as? String == "v2")
        let forbidden = try await HTTP.send(.PATCH, "\(base)/comments/\(human)", headers: Fixtures.auth(.gitea), json: #"{"body":"x"}"#)
        #expect(forbidden.status == 403)

        // Gitea ignores page/limit here and always returns every comment.
        let listed = try await HTTP.get("\(base)/7/comments?page=2&limit=1", headers: Fixtures.auth(.gitea))
        #expect(listed.array.compactMap { $0["body"] as? String } == ["human", "v2"])
        #expect(listed.header("link") == nil)
        #expect(host.issueComments(.gitea, repo, number: 7).map(\.previousBodies) == [[], ["v1"]])
        await host.stop()
    }

    @Test func reviewsUseNewPositionAndRejectOffDiffComments() async throws {
        let host = try await Fixtures.server(.gitea, repo: repo)
        let reviews = "\(host.baseURL(for: .gitea))/repos/\(repo)/pulls/7/reviews"
        let offDiff = try await HTTP.send(
            .POST, reviews, headers: Fixtures.auth(.gitea),
            json: #"{"event":"COMMENT","body":"r","comments":[{"path":"app/service.py","body":"ok","new_position":5,"old_position":0},{"path":"app/service.py","body":"bad","new_position":8,"old_position":0}]}"#
        )
        #expect(offDiff.status == 422)
        #expect(host.inlineComments(.gitea, repo, number: 7).isEmpty)
        #expect(host.reviews(.gitea, repo, number: 7).isEmpty)

        for line in [5, 1] {
            let created = try await HTTP.send(
                .POST, reviews, headers: Fixtures.auth(.gitea),
                json: #"{"commit_id":"\#(Fixtures.headSHA)","event":"COMMENT","body":"review","comments":[{"path":"app/service.py","body":"line \#(line)","new_position":\#(line),"old_position":0}]}"#
            )
            #expect(created.status == 200)
            #expect(created.object["state"] as? String == "COMMENT")
            #expect(created.object["comments_count"] as? Int == 1)
        }

        let firstPage = try await HTTP.get("\(reviews)?limit=1", headers: Fixtures.auth(.gitea))
        #expect(firstPage.array.count == 1)
        #expect(firstPage.header("x-total-count") == "2")
        let next = try #require(LinkHeader.next(firstPage.header("link")))
        let secondPage = try await HTTP.get(next, headers: Fixtures.auth(.gitea))
        #expect(secondPage.array.count == 1)
        #expect(LinkHeader.next(secondPage.header("link")) == nil)

        let reviewID = try #require(firstPage.array.first?["id"] as? Int)
        let comments = try await HTTP.get("\(reviews)/\(reviewID)/comments", headers: Fixtures.auth(.gitea))
        #expect(comments.array.count == 1)
        #expect(comments.array.first?["path"] as? String == "app/service.py")
        #expect(comments.array.first?["position"] as? Int == 5)
        #expect(comments.array.first?["original_position"] as? Int == 0)
        #expect(comments.array.first?["user", "login"] as? String == "backend-review-bot")
        #expect(try await HTTP.get("\(reviews)/999999/comments", headers: Fixtures.auth(.gitea)).status == 404)
        await host.stop()
    }

    @Test func statusesAreStored() async throws {
        let host = try await Fixtures.server(.gitea, repo: repo)
        let url = "\(host.baseURL(for: .gitea))/repos/\(repo)/statuses/\(Fixtures.headSHA)"
        let created = try await HTTP.send(
            .POST, url, headers: Fixtures.auth(.gitea), json: #"{"state":"warning","context":"backend-review","description":"2 findings"}"#
        )
        #expect(created.status == 201)
        #expect(created.object["status"] as? String == "warning")
        #expect(try await HTTP.send(.POST, url, headers: Fixtures.auth(.gitea), json: #"{"state":"running"}"#).status == 422)
        #expect(host.statuses(.gitea, repo).map(\.context) == ["backend-review"])
        await host.stop()
    }
}
