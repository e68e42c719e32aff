import FakeHost
import Foundation
import Testing

@Suite("Server lifecycle and seeding")
struct FakeHostServerTests {
    @Test func serversBindDistinctLoopbackPortsAndStop() async throws {
        let first = try await FakeHostServer.start()
        let second = try await FakeHostServer.start()
        #expect(first.port != second.port)
        #expect(first.baseURL(for: .github) == "http://127.0.0.1:\(first.port)/github")
        #expect(first.baseURL(for: .gitlab) == "http://127.0.0.1:\(first.port)/gitlab/api/v4")
        #expect(first.baseURL(for: .gitea) == "http://127.0.0.1:\(first.port)/gitea/api/v1")
        // With no token configured every request is served as the bot.
        #expect(try await HTTP.get("\(first.baseURL(for: .gitea))/user").status == 200)
        await first.stop()
        // AsyncHTTPClient keeps retrying a refused connection until the deadline, so keep it short.
        await #expect(throws: (any Error).self) {
            _ = try await HTTP.send(.GET, "\(first.baseURL(for: .gitea))/user", timeout: .seconds(2))
        }
        await first.stop()
        #expect(try await HTTP.get("\(second.baseURL(for: .gitea))/user").status == 200)
        await second.stop()
    }

    @Test func seedingErrorsNameTheMissingPullRequest() async throws {
        let host = try await FakeHostServer.start()
        #expect(throws: FakeHostError.self) {
            try host.push(.github, "octo/none", number: 1, headSHA: "x", diff: "")
        }
        #expect(throws: FakeHostError.self) { try host.addComment(.gitlab, "g/none", number: 1, body: "b", author: "a") }
        #expect(host.headSHA(.github, "octo/none", number: 1) == nil)
        await host.stop()
    }

    @Test func updatedPullRequestsShowTheirNewState() async throws {
        let host = try await Fixtures.server(.github, repo: "Octo/App")
        try host.updatePullRequest(.github, "octo/app", number: 7, title: "Renamed", draft: true, state: .closed)
        let pull = try await HTTP.get("\(host.baseURL(for: .github))/repos/OCTO/app/pulls/7", headers: Fixtures.auth(.github)).object
        #expect(pull["title"] as? String == "Renamed")
        #expect(pull["draft"] as? Bool == true)
        #expect(pull["state"] as? String == "closed")
        #expect(pull["base", "repo", "full_name"] as? String == "Octo/App")
        await host.stop()
    }
}
