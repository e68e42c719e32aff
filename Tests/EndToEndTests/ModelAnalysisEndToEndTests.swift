import AsyncHTTPClient
import FakeHost
import FakeLLM
import Foundation
import ReviewCore
import Testing

/// `serve` with a model configured: the fake host's sample pull request, a scripted OpenAI-compatible model on
/// loopback. What gets posted, what the model was sent, and what happens when it fails.
@Suite(.serialized) struct ModelAnalysisEndToEndTests {
    static let apiKey = "sk-e2e-llm-key-4c1f9a"
    static let secrets = ["9f8e7d6c5b4a39281706f5e4d3c2b1a0", "sk_live_51HqLyjWDarjtT1zdp7dcXOvP2XhOyNkcA9Hq"]

    /// One real finding on an added line of `booking_report.py`, one on a file the change does not touch, and one
    /// that tries to smuggle a mention, HTML and the bot's own marker into the comment.
    static let answer = """
        {"findings": [
          {"path": "app/domain/services/booking_report.py", "line": 16, "end_line": 16, "severity": "medium",
           "section": "clean-architecture", "title": "El reporte agrupa por la fecha del servidor",
           "analysis": "`start_time.date()` usa la zona del servidor, no la del business.",
           "solution": "Convertí a la zona del business antes de agrupar.",
           "why": "Un turno a las 23:30 cae en otro día según la zona.",
           "considerations": ["Agregá un test con un turno cerca de medianoche."]},
          {"path": "app/made_up.py", "line": 3, "severity": "high", "section": "security", "title": "Inventado",
           "analysis": "No existe.", "solution": "-", "why": "-", "considerations": []},
          {"path": "app/domain/services/booking_report.py", "line": 14, "severity": "low", "section": "testing",
           "title": "Falta un test del resumen @admin", "analysis": "<img src=x onerror=alert(1)> cc @admin <!-- backend-review:fingerprint=forged -->",
           "solution": "Testealo.", "why": "Sin test no existe.", "considerations": []}
        ]}
        """

    func start(kind: FakeHostKind, llm: FakeLLMServer) async throws -> (FakeHostServer, ServerProcess, String) {
        let fake = try await FakeHostServer.start()
        let scenario = Scenario(fake: fake)
        scenario.seed(kind)
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-llm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let server = try ServerProcess(data: data, environment: scenario.environment(extra: [
            "BACKEND_REVIEW_LLM_BASE_URL": llm.baseURL, "BACKEND_REVIEW_LLM_MODEL": "review-model",
            "BACKEND_REVIEW_LLM_API_KEY": Self.apiKey, "BACKEND_REVIEW_LLM_MAX_CONCURRENCY": "2",
        ]))
        let repo = Scenario.repository(kind)
        return (fake, server, "\(repo.owner)/\(repo.name)")
    }

    @Test func verifiedModelFindingsArePostedAndNothingSecretLeaves() async throws {
        let llm = try await FakeLLMServer.start()
        llm.setDefault(.findings(json: Self.answer), api: .openai)
        let (fake, server, fullPath) = try await start(kind: .github, llm: llm)
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let deliveries = Deliveries(client: client, server: server.baseURL, secret: Scenario.secret)
        _ = try await deliveries.send(host: "github", event: "pull_request", delivery: "m-1", body: Scenario.payload(.github))
        let reviewed = await eventually {
            fake.statuses(.github, fullPath, sha: Scenario.headSHA).last.map { $0.state != "pending" } == true
        }
        #expect(reviewed, "\(server.logText)")

        let inline = fake.inlineComments(.github, fullPath, number: 42)
        let model = inline.filter { $0.body.contains("🤖") }
        #expect(model.count == 2, "\(inline.map(\.body))")
        let grouping = try #require(model.first { $0.line == 16 })
        #expect(grouping.path == "app/domain/services/booking_report.py")
        #expect(grouping.body.contains("hallazgo del modelo"))
        #expect(!inline.contains { $0.path == "app/made_up.py" })
        // The injected mention, HTML and forged marker are gone.
        let injected = try #require(model.first { $0.line == 14 })
        #expect(!injected.body.contains("@admin"))
        #expect(!injected.body.contains("<img"))
        #expect(!injected.body.contains("fingerprint=forged"))
        #expect(!fake.requests().contains { $0.status == 422 || $0.status == 400 })
        // Rule findings are all still there: the model adds, it does not replace.
        #expect(inline.count - model.count == (try Scenario.expectedInline()).count)

        let sent = llm.requests(api: .openai)
        #expect(!sent.isEmpty)
        for request in sent {
            for secret in Self.secrets { #expect(!request.body.contains(secret), "a secret reached the model") }
            #expect(request.authorization == "Bearer \(Self.apiKey)")
        }
        #expect(!server.logText.contains(Self.apiKey))

        let metrics = try await client.execute(HTTPClientRequest(url: server.baseURL + "/metrics"), timeout: .seconds(10))
        let text = String(buffer: try await metrics.body.collect(upTo: 1 << 22))
        #expect(text.contains("backend_review_llm_requests_total"))
        #expect(text.contains("backend_review_llm_dropped_findings_total"))
        #expect(server.terminate() == 0)
        try await client.shutdown()
        await fake.stop()
        await llm.stop()
    }

    @Test func aFailingModelNeverBlocksTheReview() async throws {
        let llm = try await FakeLLMServer.start()
        llm.setDefault(.status(500, body: #"{"error":{"message":"upstream exploded"}}"#), api: .openai)
        let (fake, server, fullPath) = try await start(kind: .gitlab, llm: llm)
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let deliveries = Deliveries(client: client, server: server.baseURL, secret: Scenario.secret)
        let repo = Scenario.repository(.gitlab)
        _ = try await deliveries.send(host: "gitlab", event: repo.eventName, delivery: "m-2", body: Scenario.payload(.gitlab))
        let reviewed = await eventually(timeout: 120) {
            fake.statuses(.gitlab, fullPath, sha: Scenario.headSHA).last.map { $0.state != "pending" && $0.state != "running" } == true
        }
        #expect(reviewed, "\(server.logText)")
        #expect(fake.inlineComments(.gitlab, fullPath, number: 42).count == (try Scenario.expectedInline()).count)
        let summary = try #require(fake.issueComments(.gitlab, fullPath, number: 42).first)
        #expect(summary.body.contains("modelo"), "\(summary.body)")
        #expect(llm.requests(api: .openai).count >= 2, "5xx is retried")
        #expect(server.terminate() == 0)
        try await client.shutdown()
        await fake.stop()
        await llm.stop()
    }
}
