import AsyncHTTPClient
import FakeHost
import Foundation
import Testing

/// The database goes away under a running replica: deliveries are refused with 503 (the host redelivers them),
/// `/readyz` takes the replica out of the balancer, and once the server is back the redelivery is queued and
/// reviewed. Nothing is lost, and the error names the database without its password.
@Suite(.serialized, .enabled(if: PrivateCluster.binaries != nil, "BACKEND_REVIEW_TEST_POSTGRES_BIN is not set"))
struct DatabaseOutageEndToEndTests {
    @Test func aDatabaseOutageRefusesDeliveriesAndLosesNone() async throws {
        let cluster = try PrivateCluster()
        defer { cluster.remove() }
        let fake = try await FakeHostServer.start()
        let scenario = Scenario(fake: fake)
        scenario.seed(.github)
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("outage-\(UUID().uuidString)")
        var components = try #require(URLComponents(string: cluster.url))
        components.password = "outage-pw-3c9d"
        let server = try ServerProcess(data: data, environment: scenario.environment(extra: [
            "BACKEND_REVIEW_DATABASE_URL": components.string!,
        ]))
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            try await exercise(cluster: cluster, server: server, fake: fake, client: client)
        } catch {
            _ = server.terminate()
            try await client.shutdown()
            await fake.stop()
            throw error
        }
        #expect(!server.logText.contains("outage-pw-3c9d"))
        #expect(server.terminate() == 0)
        try await client.shutdown()
        await fake.stop()
        try? FileManager.default.removeItem(at: data)
    }

    private func exercise(cluster: PrivateCluster, server: ServerProcess, fake: FakeHostServer, client: HTTPClient) async throws {
        let deliveries = Deliveries(client: client, server: server.baseURL, secret: Scenario.secret)
        let body = try Scenario.payload(.github)
        try cluster.stop()
        let refused = try await deliveries.send(host: "github", event: "pull_request", delivery: "outage-1", body: body)
        #expect(refused.status == 503)
        #expect(refused.body.contains("store_error"))
        let readiness = try await client.execute(HTTPClientRequest(url: server.baseURL + "/readyz"), timeout: .seconds(30))
        #expect(readiness.status.code == 503)

        try cluster.start()
        // The host redelivers until it is accepted; the pool reconnects with backoff.
        var accepted = false
        for _ in 0..<60 where !accepted {
            let answer = try await deliveries.send(host: "github", event: "pull_request", delivery: "outage-1", body: body)
            accepted = answer.status == 202
            if !accepted { try await Task.sleep(for: .seconds(1)) }
        }
        #expect(accepted, "never accepted after the database came back: \(server.logText.suffix(2_000))")
        let reviewed = await eventually(timeout: 120) {
            fake.statuses(.github, "Codertocat/Hello-World", sha: Scenario.headSHA).last.map { $0.state != "pending" } == true
        }
        #expect(reviewed, "no review after the outage: \(server.logText.suffix(2_000))")
        #expect(fake.issueComments(.github, "Codertocat/Hello-World", number: 42).count == 1)
        #expect(server.logText.contains("queue at postgres://postgres@127.0.0.1:\(cluster.port)/postgres"))
    }
}
