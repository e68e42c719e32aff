import AsyncHTTPClient
import FakeHost
import Foundation
import Testing

/// Admins' checklists reload in the running server: SIGHUP applies an edit, an invalid edit keeps the rules.
@Suite(.serialized) struct ChecklistReloadEndToEndTests {
    @Test func sighupReloadsAndAnInvalidEditKeepsThePreviousChecklists() async throws {
        let fake = try await FakeHostServer.start()
        let scenario = Scenario(fake: fake)
        for number in 1...2 { scenario.seed(.github, number: number) }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reload-\(UUID().uuidString)")
        let checklists = root.appendingPathComponent("checklists")
        try FileManager.default.createDirectory(at: checklists, withIntermediateDirectories: true)
        let bundled = ServerProcess.repositoryRoot.appendingPathComponent("checklists")
        for name in try FileManager.default.contentsOfDirectory(atPath: bundled.path) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(at: bundled.appendingPathComponent(name), to: checklists.appendingPathComponent(name))
        }
        let server = try ServerProcess(
            data: root.appendingPathComponent("data"), environment: scenario.environment(),
            extraArguments: ["--checklists", checklists.path])
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let deliveries = Deliveries(client: client, server: server.baseURL, secret: Scenario.secret)
        let repo = "Codertocat/Hello-World"

        // An invalid edit: the error names the file and line, and the rules stay.
        try Data("- id: [broken\n".utf8).write(to: checklists.appendingPathComponent("zz-broken.yaml"))
        kill(server.process.processIdentifier, SIGHUP)
        #expect(await eventually(timeout: 20) { server.logText.contains("zz-broken.yaml:") })
        _ = try await deliveries.send(host: "github", event: "pull_request", delivery: "r-1", body: Scenario.payload(.github, number: 1))
        #expect(await eventually { fake.issueComments(.github, repo, number: 1).count == 1 })
        let before = fake.inlineComments(.github, repo, number: 1)
        #expect(before.contains { $0.body.contains("rule=security-") })

        // A valid edit: the security checklist is removed, and the next review runs without it.
        try FileManager.default.removeItem(at: checklists.appendingPathComponent("zz-broken.yaml"))
        try FileManager.default.removeItem(at: checklists.appendingPathComponent("security.yaml"))
        kill(server.process.processIdentifier, SIGHUP)
        #expect(await eventually(timeout: 20) { server.logText.contains("checklists reloaded") })
        _ = try await deliveries.send(host: "github", event: "pull_request", delivery: "r-2", body: Scenario.payload(.github, number: 2))
        #expect(await eventually { fake.issueComments(.github, repo, number: 2).count == 1 })
        let after = fake.inlineComments(.github, repo, number: 2)
        #expect(!after.isEmpty)
        #expect(!after.contains { $0.body.contains("rule=security-") })
        #expect(server.terminate() == 0)
        try await client.shutdown()
        await fake.stop()
    }
}
