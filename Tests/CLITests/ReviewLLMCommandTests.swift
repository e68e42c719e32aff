import FakeLLM
import Foundation
import Testing

/// `review --llm-url URL --llm-model NAME`: the model analysis from the command line, against a scripted
/// Anthropic-compatible server on loopback.
struct ReviewLLMCommandTests {
    static let answer = """
        {"findings": [{"path": "app/domain/services/booking_report.py", "line": 16, "severity": "medium",
          "section": "clean-architecture", "title": "Agrupa por la fecha del servidor",
          "analysis": "`start_time.date()` usa la zona del servidor.", "solution": "Convertí a la zona del business.",
          "why": "Los reportes diarios cambian de día.", "considerations": []}]}
        """

    @Test func modelFindingsAreMergedAndMarked() async throws {
        let llm = try await FakeLLMServer.start()
        llm.setDefault(.findings(json: Self.answer), api: .anthropic)
        var environment = ProcessInfo.processInfo.environment
        environment["BACKEND_REVIEW_LLM_API_KEY"] = "sk-ant-cli-test"
        let result = try await CLIRunner.runOffPool(
            ["review"] + ReviewCommandTests.sample + [
                "--format", "json", "--llm-url", llm.anthropicBaseURL, "--llm-model", "claude-test", "--llm-provider", "anthropic",
            ], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try ReviewCommandTests.findings(result.stdout)
        let model = findings.filter { ($0["origin"] as? String) == "model" }
        #expect(model.count == 1)
        #expect(model.first?["line"] as? Int == 16)
        #expect(findings.count == model.count + 19)
        let request = try #require(llm.requests(api: .anthropic).first)
        #expect(request.apiKeyHeader == "sk-ant-cli-test")
        #expect(!request.body.contains("9f8e7d6c5b4a39281706f5e4d3c2b1a0"))
        await llm.stop()
    }

    @Test func anUnreachableModelLeavesTheRulesReviewAndSaysSo() async throws {
        let result = try await CLIRunner.runOffPool(
            ["review"] + ReviewCommandTests.sample + [
                "--format", "json", "--llm-url", "http://127.0.0.1:9/v1", "--llm-model", "m", "--llm-timeout", "2",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try ReviewCommandTests.findings(result.stdout)
        #expect(findings.count == 19)
        #expect(result.stdout.contains("model"))
    }

    @Test func urlAndModelGoTogether() async throws {
        let result = try await CLIRunner.runOffPool(["review"] + ReviewCommandTests.sample + ["--llm-url", "http://127.0.0.1:1/v1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--llm-model"))
    }
}
