import FakeHost
import Foundation
import Testing

@Suite("GitLab routes over HTTP")
struct GitLabRoutesTests {
    let repo = "group/sub/app"
    let encoded = "group%2Fsub%2Fapp"

    @Test func userProjectAndAuth() async throws {
        let host = try await Fixtures.server(.gitlab, repo: repo)
        let base = host.baseURL(for: .gitlab)
        let user = try await HTTP.get("\(base)/user", headers: Fixtures.auth(.gitlab))
        #expect(user.object["username"] as? String == "backend-review-bot")

        let unauthorized = try await HTTP.get("\(base)/user", headers: Fixtures.auth(.gitlab, "nope"))
        #expect(unauthorized.status == 401)
        #expect(unauthorized.object["message"] as? String == "401 Unauthorized")

        let byPath = try await HTTP.get("\(base)/projects/\(encoded)", headers: Fixtures.auth(.gitlab))
        #expect(byPath.object["path_with_namespace"] as? String == repo)
        #expect(byPath.object["default_branch"] as? String == "main")
        let byID = try await HTTP.get("\(base)/projects/42", headers: [("Authorization", "Bearer \(Fixtures.token)")])
        #expect(byID.object["id"] as? Int == 42)
        let missing = try await HTTP.get("\(base)/projects/group%2Fnope", headers: Fixtures.auth(.gitlab))
        #expect(missing.status == 404)
        #expect(missing.object["message"] as? String == "404 Project Not Found")
        // Unencoded slashes are not a project id on GitLab either.
        #expect(try await HTTP.get("\(base)/projects/group/sub/app", headers: Fixtures.auth(.gitlab)).status == 404)
        await host.stop()
    }

    @Test func mergeRequestRawDiffsAndFiles() async throws {
        let host = try await Fixtures.server(.gitlab, repo: repo)
        let base = "\(host.baseURL(for: .gitlab))/projects/\(encoded)"
        host.setFile(.gitlab, repo, ref: "main", path: "config/.backend-review.yml", contents: "fail_level: high\n")

        let mr = try await HTTP.get("\(base)/merge_requests/7", headers: Fixtures.auth(.gitlab)).object
        #expect(mr["iid"] as? Int == 7)
        #expect(mr["state"] as? String == "opened")
        #expect(mr["description"] as? String == "Please review")
        #expect(mr["source_branch"] as? String == "feature/compute")
        #expect(mr["target_branch"] as? String == "main")
        #expect(mr["sha"] as? String == Fixtures.headSHA)
        #expect(mr["author", "username"] as? String == "alice")
        #expect(mr["diff_refs", "head_sha"] as? String == Fixtures.headSHA)
        #expect(mr["diff_refs", "base_sha"] as? String == Fixtures.baseSHA)
        #expect(mr["diff_refs", "start_sha"] as? String == Fixtures.baseSHA)
        #expect(mr["draft"] as? Bool == false)

        let diff = try await HTTP.get("\(base)/merge_requests/7/raw_diffs", headers: Fixtures.auth(.gitlab))
        #expect(diff.text == Fixtures.diff)
        let file = try await HTTP.get("\(base)/repository/files/config%2F.backend-review.yml/raw?ref=main", headers: Fixtures.auth(.gitlab))
        #expect(file.text == "fail_level: high\n")
        let absent = try await HTTP.get("\(base)/repository/files/config%2F.backend-review.yml/raw?ref=feature", headers: Fixtures.auth(.gitlab))
        #expect(absent.status == 404)
        #expect(absent.object["message"] as? String == "404 File Not Found")
        let noMR = try await HTTP.get("\(base)/merge_requests/8", headers: Fixtures.auth(.gitlab))
        #expect(noMR.status == 404)
        await host.stop()
    }

    @Test func notesAreListedNewestFirstPagedAndEditedOnlyByTheirAuthor() async throws {
        let host = try await Fixtures.server(.gitlab, repo: repo)
        let notes = "\(host.baseURL(for: .gitlab))/projects/\(encoded)/merge_requests/7/notes"
        let humanNote = try host.addComment(.gitlab, repo, number: 7, body: "human", author: "alice")
        let created = try await HTTP.send(.POST, notes, headers: Fixtures.auth(.gitlab), json: #"{"body":"summary v1"}"#)
        #expect(created.status == 201)
        #expect(created.object["author", "username"] as? String == "backend-review-bot")
        #expect(created.object["type"] is NSNull)
        let id = try #require(created.object["id"] as? Int)

        let updated = try await HTTP.send(.PUT, "\(notes)/\(id)", headers: Fixtures.auth(.gitlab), json: #"{"body":"summary v2"}"#)
        #expect(updated.status == 200)
        #expect(updated.object["body"] as? String == "summary v2")
        let forbidden = try await HTTP.send(.PUT, "\(notes)/\(humanNote)", headers: Fixtures.auth(.gitlab), json: #"{"body":"edited"}"#)
        #expect(forbidden.status == 403)

        let desc = try await HTTP.get("\(notes)?per_page=1", headers: Fixtures.auth(.gitlab))
        #expect(desc.array.first?["body"] as? String == "summary v2")
        #expect(desc.header("x-next-page") == "2")
        #expect(desc.header("x-total") == "2")
        let last = try await HTTP.get("\(notes)?per_page=1&page=2", headers: Fixtures.auth(.gitlab))
        #expect(last.array.first?["body"] as? String == "human")
        #expect(last.header("x-next-page") == "")
        let asc = try await HTTP.get("\(notes)?sort=asc&per_page=100", headers: Fixtures.auth(.gitlab))
        #expect(asc.array.compactMap { $0["body"] as? String } == ["human", "summary v2"])

        let stored = host.issueComments(.gitlab, repo, number: 7)
        #expect(stored.map(\.updateCount) == [0, 1])
        let blank = try await HTTP.send(.POST, notes, headers: Fixtures.auth(.gitlab), json: #"{"body":"  "}"#)
        #expect(blank.status == 400)
        await host.stop()
    }

    @Test func statusesFollowGitLabsTransitions() async throws {
        let host = try await Fixtures.server(.gitlab, repo: repo)
        let url = "\(host.baseURL(for: .gitlab))/projects/\(encoded)/statuses/\(Fixtures.headSHA)"
        let pending = try await HTTP.send(.POST, url, headers: Fixtures.auth(.gitlab), json: #"{"state":"pending","name":"backend-review"}"#)
        #expect(pending.status == 201)
        #expect(pending.object["status"] as? String == "pending")
        #expect(pending.object["name"] as? String == "backend-review")
        #expect(pending.object["ref"] as? String == "feature/compute")

        let again = try await HTTP.send(.POST, url, headers: Fixtures.auth(.gitlab), json: #"{"state":"pending","name":"backend-review"}"#)
        #expect(again.status == 400)
        #expect((again.object["message"] as? String)?.hasPrefix("Cannot transition status via :enqueue from :pending") == true)
        let success = try await HTTP.send(.POST, url, headers: Fixtures.auth(.gitlab), json: #"{"state":"success","name":"backend-review","description":"ok"}"#)
        #expect(success.status == 201)
        let invalid = try await HTTP.send(.POST, url, headers: Fixtures.auth(.gitlab), json: #"{"state":"failure","name":"backend-review"}"#)
        #expect(invalid.status == 400)
        let unknownSHA = try await HTTP.send(
            .POST, "\(host.baseURL(for: .gitlab))/projects/\(encoded)/statuses/0123", headers: Fixtures.auth(.gitlab),
            json: #"{"state":"running"}"#
        )
        #expect(unknownSHA.status == 404)
        #expect(host.statuses(.gitlab, repo, sha: Fixtures.headSHA).map(\.state) == ["pending", "success"])

        host.setStrictGitLabStatusTransitions(false)
        let lenient = try await HTTP.send(.POST, url, headers: Fixtures.auth(.gitlab), json: #"{"state":"success","name":"backend-review"}"#)
        #expect(lenient.status == 201)
        await host.stop()
    }

    @Test func contentRateLimitAnswers429WithReset() async throws {
        let host = try await Fixtures.server(.gitlab, repo: repo)
        host.setContentRateLimit(.gitlab, limit: 1, window: .seconds(30))
        let notes = "\(host.baseURL(for: .gitlab))/projects/\(encoded)/merge_requests/7/notes"
        #expect(try await HTTP.send(.POST, notes, headers: Fixtures.auth(.gitlab), json: #"{"body":"a"}"#).status == 201)
        let limited = try await HTTP.send(.POST, notes, headers: Fixtures.auth(.gitlab), json: #"{"body":"b"}"#)
        #expect(limited.status == 429)
        #expect(limited.header("retry-after").flatMap(Int.init).map { $0 >= 1 && $0 <= 30 } == true)
        let reset = try #require(limited.header("ratelimit-reset").flatMap(Int.init))
        #expect(reset >= Int(Date().timeIntervalSince1970))
        #expect(host.issueComments(.gitlab, repo, number: 7).count == 1)
        await host.stop()
    }
}
