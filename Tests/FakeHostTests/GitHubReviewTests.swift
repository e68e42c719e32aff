import FakeHost
import Foundation
import Testing

@Suite("GitHub reviews and the diff rule")
struct GitHubReviewTests {
    let repo = "octo/app"

    private func review(_ host: FakeHostServer, _ json: String) async throws -> TestResponse {
        try await HTTP.send(.POST, "\(host.baseURL(for: .github))/repos/\(repo)/pulls/7/reviews", headers: Fixtures.auth(.github), json: json)
    }

    @Test func reviewOnDiffLinesIsStoredAndListed() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        let response = try await review(
            host,
            #"""
            {"commit_id":"\#(Fixtures.headSHA)","event":"COMMENT","body":"review",
             "comments":[{"path":"app/service.py","line":5,"side":"RIGHT","body":"added line"},
                         {"path":"app/service.py","line":4,"side":"RIGHT","body":"context line"},
                         {"path":"app/new.py","line":2,"body":"new file"}]}
            """#
        )
        #expect(response.status == 200)
        #expect(response.object["state"] as? String == "COMMENTED")
        #expect(response.object["commit_id"] as? String == Fixtures.headSHA)
        let reviewID = try #require(response.object["id"] as? Int)

        let stored = host.inlineComments(.github, repo, number: 7)
        #expect(stored.map(\.line) == [5, 4, 2])
        #expect(stored.allSatisfy { $0.reviewID == reviewID && $0.author == "backend-review-bot" })
        #expect(stored.map(\.id) == stored.map(\.id).sorted())
        #expect(host.reviews(.github, repo, number: 7).first?.commentIDs == stored.map(\.id))

        let listed = try await HTTP.get("\(host.baseURL(for: .github))/repos/\(repo)/pulls/7/comments?per_page=100", headers: Fixtures.auth(.github))
        #expect(listed.array.count == 3)
        let first = try #require(listed.array.first)
        #expect(first["path"] as? String == "app/service.py")
        #expect(first["line"] as? Int == 5)
        #expect(first["side"] as? String == "RIGHT")
        #expect(first["user", "login"] as? String == "backend-review-bot")
        #expect(first["pull_request_review_id"] as? Int == reviewID)
        #expect(first["position"] as? Int == 6)  // the removed line above counts too
        #expect((first["diff_hunk"] as? String)?.hasSuffix("+    value = compute()") == true)
        await host.stop()
    }

    @Test(arguments: [
        #"{"path":"app/service.py","line":9,"side":"RIGHT","body":"past the hunk"}"#,
        #"{"path":"app/other.py","line":1,"side":"RIGHT","body":"file not in the diff"}"#,
        #"{"path":"app/service.py","line":9,"side":"LEFT","body":"old side past the hunk"}"#,
        #"{"path":"app/new.py","line":1,"side":"LEFT","body":"an added file has no old side"}"#,
    ])
    func anyOffDiffCommentRejectsTheWholeReview(bad: String) async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        let response = try await review(
            host,
            #"{"event":"COMMENT","body":"r","comments":[{"path":"app/service.py","line":5,"body":"ok"},\#(bad)]}"#
        )
        #expect(response.status == 422)
        #expect(response.object["message"] as? String == "Unprocessable Entity")
        let errors = response.object["errors"] as? [String] ?? []
        #expect(errors.first?.contains("Pull request review thread line must be part of the diff") == true)
        #expect(host.inlineComments(.github, repo, number: 7).isEmpty)
        #expect(host.reviews(.github, repo, number: 7).isEmpty)
        await host.stop()
    }

    @Test func removedLinesTakeTheLeftSideOnly() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        let right = try await review(host, #"{"event":"COMMENT","comments":[{"path":"app/service.py","line":7,"side":"RIGHT","body":"x"}]}"#)
        #expect(right.status == 422)
        let left = try await review(host, #"{"event":"COMMENT","comments":[{"path":"app/service.py","line":4,"side":"LEFT","body":"x"}]}"#)
        #expect(left.status == 200)
        #expect(host.inlineComments(.github, repo, number: 7).map(\.oldLine) == [4])
        let listed = try await HTTP.get("\(host.baseURL(for: .github))/repos/\(repo)/pulls/7/comments", headers: Fixtures.auth(.github))
        #expect(listed.array.first?["side"] as? String == "LEFT")
        #expect(listed.array.first?["line"] as? Int == 4)
        await host.stop()
    }

    @Test func pushMovesTheHeadAndOutdatesCommentsOnChangedFiles() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        let base = host.baseURL(for: .github)
        let first = try await review(
            host,
            #"{"event":"COMMENT","comments":[{"path":"app/service.py","line":5,"body":"a"},{"path":"app/new.py","line":1,"body":"b"}]}"#
        )
        #expect(first.status == 200)

        try host.push(.github, repo, number: 7, headSHA: Fixtures.secondHeadSHA, diff: Fixtures.pushedDiff)
        let pull = try await HTTP.get("\(base)/repos/\(repo)/pulls/7", headers: Fixtures.auth(.github))
        #expect(pull.object["head", "sha"] as? String == Fixtures.secondHeadSHA)
        let diff = try await HTTP.get("\(base)/repos/\(repo)/pulls/7", headers: [("Authorization", "Bearer \(Fixtures.token)"), ("Accept", "application/vnd.github.diff")])
        #expect(diff.text == Fixtures.pushedDiff)

        let listed = try await HTTP.get("\(base)/repos/\(repo)/pulls/7/comments", headers: Fixtures.auth(.github)).array
        #expect(listed.count == 2)
        #expect(listed[0]["line"] is NSNull)
        #expect(listed[0]["original_line"] as? Int == 5)
        #expect(listed[1]["line"] as? Int == 1)

        // Line 7 exists only in the pushed diff; the default commit is the new head.
        let onNewHead = try await review(host, #"{"event":"COMMENT","comments":[{"path":"app/service.py","line":7,"body":"c"}]}"#)
        #expect(onNewHead.status == 200)
        let onOldHead = try await review(
            host, #"{"commit_id":"\#(Fixtures.headSHA)","event":"COMMENT","comments":[{"path":"app/service.py","line":7,"body":"d"}]}"#
        )
        #expect(onOldHead.status == 422)
        let unknownCommit = try await review(host, #"{"commit_id":"feedface","event":"COMMENT","body":"x"}"#)
        #expect(unknownCommit.status == 422)
        #expect(host.inlineComments(.github, repo, number: 7).count == 3)
        await host.stop()
    }

    @Test func contentRateLimitAnswersWithTheSecondaryLimit() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        host.setContentRateLimit(.github, limit: 2, window: .seconds(60))
        let url = "\(host.baseURL(for: .github))/repos/\(repo)/issues/7/comments"
        for index in 1...2 {
            let ok = try await HTTP.send(.POST, url, headers: Fixtures.auth(.github), json: #"{"body":"\#(index)"}"#)
            #expect(ok.status == 201)
        }
        // Reads are not content-creating.
        #expect(try await HTTP.get(url, headers: Fixtures.auth(.github)).status == 200)
        let limited = try await HTTP.send(.POST, url, headers: Fixtures.auth(.github), json: #"{"body":"3"}"#)
        #expect(limited.status == 403)
        #expect((limited.object["message"] as? String)?.contains("secondary rate limit") == true)
        let wait = try #require(limited.header("retry-after").flatMap(Int.init))
        #expect(wait >= 1)
        #expect(host.issueComments(.github, repo, number: 7).count == 2)

        host.advanceClock(by: TimeInterval(wait) + 0.1)
        let later = try await HTTP.send(.POST, url, headers: Fixtures.auth(.github), json: #"{"body":"3"}"#)
        #expect(later.status == 201)
        await host.stop()
    }
}
