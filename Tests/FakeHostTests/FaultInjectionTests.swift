import FakeHost
import Foundation
import Testing

@Suite("Failure injection and request recording")
struct FaultInjectionTests {
    let repo = "octo/app"

    @Test func failNextHitsOnlyMatchingRequestsThenStops() async throws {
        let host = try await Fixtures.server(.github, repo: repo)
        let base = host.baseURL(for: .github)
        host.failNext(2, status: 502, matching: "/issues/7/comments", method: "POST")
        let url = "\(base)/repos/\(repo)/issues/7/comments"

        #expect(try await HTTP.get(url, headers: Fixtures.auth(.github)).status == 200)
        for _ in 0..<2 {
            #expect(try await HTTP.send(.POST, url, headers: Fixtures.auth(.github), json: #"{"body":"x"}"#).status == 502)
        }
        #expect(host.issueComments(.github, repo, number: 7).isEmpty)
        #expect(try await HTTP.send(.POST, url, headers: Fixtures.auth(.github), json: #"{"body":"x"}"#).status == 201)
        #expect(host.pendingFaults == 0)
        #expect(host.requests().map(\.status) == [200, 502, 502, 201])
        await host.stop()
    }

    @Test(arguments: [RateLimitStyle.status429, .github403Reset, .github403Secondary, .gitlabRateLimitReset])
    func rateLimitStyles(style: RateLimitStyle) async throws {
        let kind: FakeHostKind = style == .gitlabRateLimitReset ? .gitlab : .github
        let host = try await Fixtures.server(kind, repo: repo)
        host.rateLimitNext(1, retryAfter: 7, style: style)
        let response = try await HTTP.get("\(host.baseURL(for: kind))/user", headers: Fixtures.auth(kind))
        let now = Int(Date().timeIntervalSince1970)
        switch style {
        case .status429:
            #expect(response.status == 429)
            #expect(response.header("retry-after") == "7")
        case .github403Reset:
            #expect(response.status == 403)
            #expect(response.header("x-ratelimit-remaining") == "0")
            #expect(response.header("retry-after") == nil)
            let reset = try #require(response.header("x-ratelimit-reset").flatMap(Int.init))
            #expect(reset >= now + 5 && reset <= now + 9)
        case .github403Secondary:
            #expect(response.status == 403)
            #expect(response.header("retry-after") == "7")
            #expect(response.text.contains("secondary rate limit"))
        case .gitlabRateLimitReset:
            #expect(response.status == 429)
            #expect(response.header("retry-after") == "7")
            #expect(response.header("ratelimit-remaining") == "0")
            #expect(response.header("ratelimit-reset").flatMap(Int.init).map { $0 >= now + 5 } == true)
        }
        #expect(try await HTTP.get("\(host.baseURL(for: kind))/user", headers: Fixtures.auth(kind)).status == 200)
        await host.stop()
    }

    @Test func droppedConnectionsFailTheRequestAndStoreNothing() async throws {
        let host = try await Fixtures.server(.gitea, repo: repo)
        host.dropConnectionNext(1, matching: "/comments", method: "POST")
        let url = "\(host.baseURL(for: .gitea))/repos/\(repo)/issues/7/comments"
        await #expect(throws: (any Error).self) {
            _ = try await HTTP.send(.POST, url, headers: Fixtures.auth(.gitea), json: #"{"body":"lost"}"#)
        }
        #expect(host.issueComments(.gitea, repo, number: 7).isEmpty)
        #expect(try await HTTP.send(.POST, url, headers: Fixtures.auth(.gitea), json: #"{"body":"kept"}"#).status == 201)
        let dropped = host.requests().filter { $0.status == nil }
        #expect(dropped.count == 1)
        await host.stop()
    }

    @Test func latencyDelaysMatchingRequests() async throws {
        let host = try await Fixtures.server(.gitlab, repo: "group/app")
        host.setLatency(.milliseconds(200), matching: "/user")
        let clock = ContinuousClock()
        let start = clock.now
        #expect(try await HTTP.get("\(host.baseURL(for: .gitlab))/user", headers: Fixtures.auth(.gitlab)).status == 200)
        #expect(clock.now - start >= .milliseconds(200))
        host.setLatency(.zero, matching: "/user")
        await host.stop()
    }

    @Test func requestsAreRecordedWithCredentialsRedacted() async throws {
        let host = try await Fixtures.server(.gitlab, repo: "group/app")
        _ = try await HTTP.send(
            .POST, "\(host.baseURL(for: .gitlab))/projects/group%2Fapp/merge_requests/7/notes?x=1",
            headers: Fixtures.auth(.gitlab) + [("Authorization", "Bearer \(Fixtures.token)")], json: #"{"body":"hello"}"#
        )
        _ = try await HTTP.get("http://127.0.0.1:\(host.port)/elsewhere")
        let recorded = host.requests()
        #expect(recorded.count == 2)
        let first = try #require(recorded.first)
        #expect(first.kind == .gitlab)
        #expect(first.method == "POST")
        #expect(first.path == "/gitlab/api/v4/projects/group%2Fapp/merge_requests/7/notes")
        #expect(first.hostPath == "/projects/group%2Fapp/merge_requests/7/notes")
        #expect(first.query == "x=1")
        #expect(first.bodyText == #"{"body":"hello"}"#)
        #expect(first.status == 201)
        #expect(first.header("private-token") == "<redacted>")
        #expect(first.header("authorization") == "Bearer <redacted>")
        #expect(!first.headers.contains { $0.value.contains(Fixtures.token) })
        #expect(recorded[1].kind == nil)
        #expect(recorded[1].status == 404)
        host.clearRequests()
        #expect(host.requests().isEmpty)
        await host.stop()
    }
}
