import Foundation
import Hosts
import HummingbirdTesting
import JobQueue
import ReviewServer
import Testing

/// Everything that is not a verified, decodable delivery: refused with the right status and nothing stored.
struct WebhookRefusalTests {
    @Test(arguments: [
        [String: String](),
        ["X-Hub-Signature-256": ""],
        ["X-Hub-Signature-256": "sha256=" + String(repeating: "0", count: 64)],
        ["X-Hub-Signature-256": "sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59"],
    ])
    func missingOrWrongSignatureGets401AndNothingIsStored(signature: [String: String]) async throws {
        let queue = InMemoryJobQueue()
        let server = TestServer(queue: queue)
        let body = try Fixtures.payload(.github, "pull_request.opened")
        let headers = signature.merging(["X-GitHub-Event": "pull_request", "X-GitHub-Delivery": "forged-1"]) { $1 }
        let response = try await server.run { client in try await client.deliver(.github, headers: headers, body: body) }
        #expect(response.status.code == 401)
        #expect(response.json["outcome"] as? String == "unauthorized")
        #expect(response.json["delivery"] == nil)
        #expect(await queue.enqueueCalls == 0)
        let refusals = server.logs.entries("refused")
        #expect(refusals.count == 1)
        // Nothing about the delivery is logged beyond the one refusal line.
        #expect(server.logs.lines.filter { $0.contains("webhook.") }.count == 1)
        let metadata = refusals.first?["metadata"] as? [String: String] ?? [:]
        #expect(metadata["webhook.host"] == "github")
        #expect(metadata["webhook.delivery"] == "forged-1")
        #expect(Set(metadata.keys).isSubset(of: ["webhook.host", "webhook.delivery", "webhook.outcome", "hb.request.id"]))
    }

    @Test func bodyOverTheCapGets413BeforeVerification() async throws {
        let queue = InMemoryJobQueue()
        let server = TestServer(queue: queue) { $0.maxBodyBytes = 1024 }
        let body = try Fixtures.payload(.github, "pull_request.opened")
        let (large, small) = try await server.run { client in
            let large = try await client.deliverGitHub(event: "pull_request", delivery: "big", body: body)
            let ping = Data(#"{"zen":"Keep it logically awesome.","hook_id":1}"#.utf8)
            let small = try await client.deliverGitHub(event: "ping", delivery: "small", body: ping)
            return (large, small)
        }
        #expect(large.status.code == 413)
        #expect(large.json["outcome"] as? String == "too_large")
        #expect(small.status.code == 200)
        #expect(await queue.enqueueCalls == 0)
    }

    /// A chunked body declares no length; the cap is enforced as the chunks arrive.
    @Test func chunkedBodyOverTheCapGets413() async throws {
        let server = TestServer { $0.maxBodyBytes = 1024 }
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 600)
        let ping = Data(#"{"zen":"Design for failure.","hook_id":1}"#.utf8)
        let (large, small) = try await server.withRunningServer { port in
            let large = try RawHTTP.exchange(port: port, RawHTTP.chunkedPost(
                path: "/webhooks/github", headers: ["X-GitHub-Event": "pull_request"], chunks: [chunk, chunk, chunk]
            ))
            let small = try RawHTTP.exchange(port: port, RawHTTP.chunkedPost(
                path: "/webhooks/github",
                headers: [
                    "X-GitHub-Event": "ping", "X-GitHub-Delivery": "chunked-ping",
                    "X-Hub-Signature-256": "sha256=" + Fixtures.hmacHex(ping, secret: TestServer.githubSecret),
                ],
                chunks: [ping.prefix(10), ping.dropFirst(10)]
            ))
            return (large, small)
        }
        #expect(large.hasPrefix("HTTP/1.1 413"))
        #expect(small.hasPrefix("HTTP/1.1 200"))
    }

    @Test func malformedJSONGets400WithAShortReason() async throws {
        let queue = InMemoryJobQueue()
        let body = Data(#"{"action": "opened", "pull_request": "#.utf8)
        let response = try await TestServer(queue: queue).run { client in
            try await client.deliverGitHub(event: "pull_request", delivery: "m-1", body: body)
        }
        #expect(response.status.code == 400)
        #expect(response.json["outcome"] as? String == "malformed")
        let reason = try #require(response.json["reason"] as? String)
        #expect(reason.contains("malformed JSON"))
        #expect(reason.count < 300)
        #expect(await queue.enqueueCalls == 0)
    }

    @Test func storeFailureGets503AndNo2xx() async throws {
        let server = TestServer(queue: FailingJobQueue())
        let body = try Fixtures.payload(.github, "pull_request.opened")
        let response = try await server.run { client in
            try await client.deliverGitHub(event: "pull_request", delivery: "s-1", body: body)
        }
        #expect(response.status.code == 503)
        #expect(response.json["outcome"] as? String == "store_error")
        #expect(response.headers[.retryAfter] != nil)
        #expect(server.logs.entries("store failed").count == 1)
    }

    @Test func disabledHostGets404() async throws {
        let queue = InMemoryJobQueue()
        let server = TestServer(queue: queue) { $0.hosts[.gitlab] = .disabled }
        let body = try Fixtures.payload(.gitlab, "merge_request_hook.open")
        let response = try await server.run { client in
            try await client.deliver(.gitlab, headers: [
                "X-Gitlab-Event": "Merge Request Hook", "X-Gitlab-Token": TestServer.gitlabSecret,
            ], body: body)
        }
        #expect(response.status.code == 404)
        #expect(await queue.enqueueCalls == 0)
    }
}
