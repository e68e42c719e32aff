import Foundation
import HostClients
import Hosts
import Testing

/// The shared HTTP layer over a real loopback server: base paths, retries, rate limits, deadlines, pacing.
struct HostHTTPClientTests {
    private func client(
        _ server: ScriptedServer, prefix: String = "/api/v3", options: HostClientOptions? = nil,
        logs: LogCapture = LogCapture()
    ) throws -> HostHTTPClient {
        let options = options ?? TestSupport.options(.github)
        return try HostHTTPClient(
            host: "github", baseURL: server.baseURL(prefix), httpClient: TestSupport.http,
            configuration: options.http, logger: logs.logger
        )
    }

    @Test
    func appendsPathsToTheBaseURLPathAndEncodesTheQuery() async throws {
        try await ScriptedServer.run({ _, _ in .json(#"{"login":"bot"}"#) }) { server in
            let http = try client(server, prefix: "/api/v3/")
            _ = try await http.send(HostRequest(.get, "/user", query: [QueryItem("ref", "feature/a b&c")]))
            let request = try #require(await server.log.requests.first)
            #expect(request.path == "/api/v3/user")
            #expect(request.rawQuery == "ref=feature%2Fa%20b%26c")
            #expect(request.headers["user-agent"] == "backend-review")
        }
    }

    @Test
    func retriesServerErrorsThenSucceeds() async throws {
        let metrics = CountingMetrics()
        try await ScriptedServer.run({ _, seen in
            seen <= 2 ? .json(502, #"{"message":"Bad Gateway"}"#) : .json(#"{"login":"bot"}"#)
        }) { server in
            let http = try client(server, options: TestSupport.options(.github, metrics: metrics))
            let response = try await http.send(HostRequest(.get, "/user"))
            #expect(response.status == 200)
            #expect(await server.log.requests.count == 3)
        }
        #expect(metrics.total("backend_review_host_api_requests_total", [("host", "github"), ("status", "502")]) == 2)
        #expect(metrics.total("backend_review_host_api_requests_total", [("host", "github"), ("status", "200")]) == 1)
        #expect(metrics.total("backend_review_host_api_retries_total", [("host", "github"), ("reason", "server_error")]) == 2)
    }

    @Test
    func serverErrorsAfterTheLastAttemptThrowServerError() async throws {
        try await ScriptedServer.run({ _, _ in .json(500, #"{"message":"boom"}"#) }) { server in
            let http = try client(server, options: TestSupport.options(.github, maxAttempts: 3))
            let error = await #expect(throws: HostAPIError.self) { try await http.send(HostRequest(.get, "/user")) }
            #expect(error?.kind == .serverError)
            #expect(error?.status == 500)
            #expect(error?.request == "GET /user")
            #expect(error?.isRetryable == true)
            #expect(await server.log.requests.count == 3)
        }
    }

    @Test
    func honoursRetryAfterOn429() async throws {
        let metrics = CountingMetrics()
        try await ScriptedServer.run({ _, seen in
            seen == 1 ? .json(429, #"{"message":"slow down"}"#, headers: [("Retry-After", "1")]) : .json("{}")
        }) { server in
            let http = try client(server, options: TestSupport.options(.github, metrics: metrics))
            let started = ContinuousClock.now
            let response = try await http.send(HostRequest(.post, "/repos/o/r/issues/1/comments", body: Array("{}".utf8)))
            #expect(response.status == 200)
            #expect(ContinuousClock.now - started >= .milliseconds(950))
            #expect(await server.log.requests.count == 2)
        }
        #expect(metrics.total("backend_review_host_api_retries_total", [("host", "github"), ("reason", "rate_limit")]) == 1)
    }

    @Test
    func rateLimitResetBeyondTheMaximumWaitThrowsRateLimited() async throws {
        let reset = TestSupport.epoch(Date().addingTimeInterval(3600))
        try await ScriptedServer.run({ _, _ in
            .json(
                403, #"{"message":"API rate limit exceeded for user ID 1."}"#,
                headers: [("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", reset)]
            )
        }) { server in
            let http = try client(server)
            let error = await #expect(throws: HostAPIError.self) { try await http.send(HostRequest(.get, "/user")) }
            #expect(error?.kind == .rateLimited)
            #expect(error?.status == 403)
            #expect((error?.retryAfter ?? 0) > 3000)
            #expect(await server.log.requests.count == 1)
        }
    }

    @Test(arguments: [(401, HostAPIError.Kind.unauthorized), (404, .notFound), (403, .forbidden), (422, .rejected)])
    func clientErrorsAreNotRetried(status: Int, kind: HostAPIError.Kind) async throws {
        try await ScriptedServer.run({ _, _ in .json(status, #"{"message":"Bad credentials"}"#) }) { server in
            let http = try client(server)
            let error = await #expect(throws: HostAPIError.self) { try await http.send(HostRequest(.get, "/user")) }
            #expect(error?.kind == kind)
            #expect(error?.message == "Bad credentials")
            #expect(await server.log.requests.count == 1)
        }
    }

    @Test
    func aClosedPortIsANetworkError() async throws {
        let port = try await ScriptedServer.closedPort()
        let logs = LogCapture()
        let http = try HostHTTPClient(
            host: "gitea", baseURL: "http://127.0.0.1:\(port)/api/v1", httpClient: TestSupport.http,
            // AsyncHTTPClient keeps retrying a refused connection until the deadline, so keep it short here.
            configuration: TestSupport.options(.gitea, maxAttempts: 2, requestTimeout: .seconds(1)).http,
            logger: logs.logger
        )
        let error = await #expect(throws: HostAPIError.self) { try await http.send(HostRequest(.get, "/user")) }
        #expect(error?.kind == .network)
        #expect(error?.status == nil)
        #expect(error?.request == "GET /user")
        #expect(logs.text.contains("host.error=network"))
    }

    @Test
    func anAttemptPastItsDeadlineIsANetworkError() async throws {
        try await ScriptedServer.run({ _, _ in
            try? await Task.sleep(for: .seconds(2))
            return .json("{}")
        }) { server in
            let http = try client(
                server, options: TestSupport.options(.github, maxAttempts: 1, requestTimeout: .milliseconds(200))
            )
            let error = await #expect(throws: HostAPIError.self) { try await http.send(HostRequest(.get, "/user")) }
            #expect(error?.kind == .network)
        }
    }

    @Test
    func acceptedStatusesAreReturnedNotThrown() async throws {
        try await ScriptedServer.run({ _, _ in .json(404, #"{"message":"Not Found"}"#) }) { server in
            let logs = LogCapture()
            let http = try client(server, logs: logs)
            let response = try await http.send(HostRequest(.get, "/contents/x", acceptedStatuses: [404]))
            #expect(response.status == 404)
            #expect(logs.count == 0)
        }
    }

    @Test
    func contentCreatingRequestsShareOnePacedBudget() async throws {
        try await ScriptedServer.run({ _, _ in .json(201, "{}") }) { server in
            let options = TestSupport.options(.github, pacing: PacingBudget(requests: 5, per: .milliseconds(500)))
            let http = try client(server, options: options)
            let started = ContinuousClock.now
            // Twelve posts from concurrent jobs on one client: 5 now, 5 after one window, 2 after two.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<12 {
                    group.addTask {
                        _ = try await http.send(HostRequest(.post, "/repos/o/r/issues/\(index)/comments", body: [123, 125]))
                    }
                }
                try await group.waitForAll()
            }
            #expect(ContinuousClock.now - started >= .milliseconds(950))
            #expect(await server.log.requests.count == 12)
        }
    }

    @Test
    func malformedBaseURLsAreRefused() {
        for url in ["api.github.com", "ftp://example.com", "https://example.com/api?token=x", ""] {
            #expect(throws: HostClientConfigurationError.self) {
                _ = try HostHTTPClient(
                    host: "github", baseURL: url, httpClient: TestSupport.http,
                    configuration: HostHTTPConfiguration(), logger: LogCapture().logger
                )
            }
        }
    }
}
