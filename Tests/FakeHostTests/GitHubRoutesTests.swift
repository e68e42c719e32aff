import FakeHost
import Foundation
import Testing

@Suite("GitHub routes over HTTP")
struct GitHubRoutesTests {
    let repo = "octo/app"

    @Test func userAnswersWithTheBotLoginAndRefusesOtherTokens() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        host.setBotLogin(.github, "review-bot")
        let base = host.baseURL(for: .github)

        let user = try await HTTP.get("\(base)/user", headers: Fixtures.auth(.github))
        #expect(user.status == 200)
        #expect(user.object["login"] as? String == "review-bot")

        let wrong = try await HTTP.get("\(base)/user", headers: Fixtures.auth(.github, "nope"))
        #expect(wrong.status == 401)
        #expect(wrong.object["message"] as? String == "Bad credentials")
        let missing = try await HTTP.get("\(base)/repos/\(repo)/pulls/7")
        #expect(missing.status == 401)
        await host.stop()
    }

    @Test func pullRequestJSONAndDiff() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        let base = host.baseURL(for: .github)

        let pull = try await HTTP.get("\(base)/repos/\(repo)/pulls/7", headers: Fixtures.auth(.github))
        #expect(pull.status == 200)
        let json = pull.object
        #expect(json["number"] as? Int == 7)
        #expect(json["title"] as? String == "Add compute")
        #expect(json["body"] as? String == "Please review")
        #expect(json["state"] as? String == "open")
        #expect(json["draft"] as? Bool == false)
        #expect(json["user", "login"] as? String == "alice")
        #expect(json["head", "ref"] as? String == "feature/compute")
        #expect(json["head", "sha"] as? String == Fixtures.headSHA)
        #expect(json["base", "sha"] as? String == Fixtures.baseSHA)
        #expect(json["base", "repo", "default_branch"] as? String == "main")
        #expect(json["base", "repo", "full_name"] as? String == repo)

        let diff = try await HTTP.get(
            "\(base)/repos/\(repo)/pulls/7",
            headers: [("Authorization", "Bearer \(Fixtures.token)"), ("Accept", "application/vnd.github.diff")]
        )
        #expect(diff.status == 200)
        #expect(diff.header("content-type")?.hasPrefix("text/plain") == true)
        #expect(diff.text == Fixtures.diff)

        #expect(try await HTTP.get("\(base)/repos/\(repo)/pulls/8", headers: Fixtures.auth(.github)).status == 404)
        #expect(try await HTTP.get("\(base)/repos/octo/other/pulls/7", headers: Fixtures.auth(.github)).status == 404)
        await host.stop()
    }

    @Test func contentsRawAndJSONAtARef() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        let base = host.baseURL(for: .github)
        host.setFile(.github, repo, ref: "main", path: ".backend-review.yml", contents: "language: en\n")
        host.setFile(.github, repo, ref: Fixtures.headSHA, path: "app/service.py", contents: [0x69, 0x6d, 0x00, 0xff])
        let raw = [("Authorization", "Bearer \(Fixtures.token)"), ("Accept", "application/vnd.github.raw")]

        let config = try await HTTP.get("\(base)/repos/\(repo)/contents/.backend-review.yml?ref=main", headers: raw)
        #expect(config.status == 200)
        #expect(config.text == "language: en\n")
        let defaulted = try await HTTP.get("\(base)/repos/\(repo)/contents/.backend-review.yml", headers: raw)
        #expect(defaulted.text == "language: en\n")
        let binary = try await HTTP.get("\(base)/repos/\(repo)/contents/app/service.py?ref=\(Fixtures.headSHA)", headers: raw)
        #expect(binary.body == [0x69, 0x6d, 0x00, 0xff])

        let absent = try await HTTP.get("\(base)/repos/\(repo)/contents/.backend-review.yml?ref=\(Fixtures.headSHA)", headers: raw)
        #expect(absent.status == 404)
        #expect(absent.object["message"] as? String == "Not Found")

        let json = try await HTTP.get("\(base)/repos/\(repo)/contents/.backend-review.yml", headers: Fixtures.auth(.github))
        #expect(json.object["encoding"] as? String == "base64")
        let content = (json.object["content"] as? String ?? "").replacingOccurrences(of: "\n", with: "")
        #expect(Data(base64Encoded: content) == Data("language: en\n".utf8))
        await host.stop()
    }

    @Test func issueCommentsAreCreatedListedAndUpdatedInPlace() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        let base = host.baseURL(for: .github)

        let created = try await HTTP.send(
            .POST, "\(base)/repos/\(repo)/issues/7/comments", headers: Fixtures.auth(.github), json: #"{"body":"summary v1"}"#
        )
        #expect(created.status == 201)
        #expect(created.object["user", "login"] as? String == "backend-review-bot")
        let id = try #require(created.object["id"] as? Int)

        let updated = try await HTTP.send(
            .PATCH, "\(base)/repos/\(repo)/issues/comments/\(id)", headers: Fixtures.auth(.github), json: #"{"body":"summary v2"}"#
        )
        #expect(updated.status == 200)
        #expect(updated.object["body"] as? String == "summary v2")
        #expect(updated.object["id"] as? Int == id)

        let listed = try await HTTP.get("\(base)/repos/\(repo)/issues/7/comments?per_page=100&page=1", headers: Fixtures.auth(.github))
        #expect(listed.array.count == 1)
        #expect(listed.array.first?["body"] as? String == "summary v2")
        #expect(listed.header("link") == nil)

        let stored = host.issueComments(.github, repo, number: 7)
        #expect(stored.count == 1)
        #expect(stored.first?.updateCount == 1)
        #expect(stored.first?.previousBodies == ["summary v1"])

        let empty = try await HTTP.send(.POST, "\(base)/repos/\(repo)/issues/7/comments", headers: Fixtures.auth(.github), json: #"{"body":""}"#)
        #expect(empty.status == 422)
        let missing = try await HTTP.send(.PATCH, "\(base)/repos/\(repo)/issues/comments/999999", headers: Fixtures.auth(.github), json: #"{"body":"x"}"#)
        #expect(missing.status == 404)
        #expect(host.issueComments(.github, repo, number: 7).count == 1)
        await host.stop()
    }

    @Test func issueCommentsPageWithLinkHeaders() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        for index in 1...5 { try host.addComment(.github, repo, number: 7, body: "c\(index)", author: "bob") }
        var url: String? = "\(host.baseURL(for: .github))/repos/\(repo)/issues/7/comments?per_page=2"
        var bodies: [String] = []
        var pages = 0
        while let next = url {
            let page = try await HTTP.get(next, headers: Fixtures.auth(.github))
            bodies += page.array.compactMap { $0["body"] as? String }
            url = LinkHeader.next(page.header("link"))
            pages += 1
        }
        #expect(pages == 3)
        #expect(bodies == ["c1", "c2", "c3", "c4", "c5"])
        await host.stop()
    }

    @Test func statusesAreValidatedAndStored() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        let url = "\(host.baseURL(for: .github))/repos/\(repo)/statuses/\(Fixtures.headSHA)"
        let ok = try await HTTP.send(
            .POST, url, headers: Fixtures.auth(.github),
            json: #"{"state":"pending","description":"Reviewing","context":"backend-review"}"#
        )
        #expect(ok.status == 201)
        #expect(ok.object["state"] as? String == "pending")
        #expect(ok.object["context"] as? String == "backend-review")
        #expect(ok.object["creator", "login"] as? String == "backend-review-bot")

        let badState = try await HTTP.send(.POST, url, headers: Fixtures.auth(.github), json: #"{"state":"running"}"#)
        #expect(badState.status == 422)
        let long = String(repeating: "x", count: 141)
        let tooLong = try await HTTP.send(.POST, url, headers: Fixtures.auth(.github), json: #"{"state":"success","description":"\#(long)"}"#)
        #expect(tooLong.status == 422)
        let unknown = try await HTTP.send(
            .POST, "\(host.baseURL(for: .github))/repos/\(repo)/statuses/deadbeef", headers: Fixtures.auth(.github),
            json: #"{"state":"success"}"#
        )
        #expect(unknown.status == 422)

        let stored = host.statuses(.github, repo, sha: Fixtures.headSHA)
        #expect(stored.map(\.state) == ["pending"])
        #expect(stored.first?.description == "Reviewing")
        await host.stop()
    }
}

/// Reads `rel="next"` out of a `Link` header.
enum LinkHeader {
    static func next(_ header: String?) -> String? {
        guard let header else { return nil }
        for part in header.split(separator: ",") where part.contains("rel=\"next\"") {
            guard let open = part.firstIndex(of: "<"), let close = part.firstIndex(of: ">") else { continue }
            return String(part[part.index(after: open)..<close])
        }
        return nil
    }
}
