import Foundation
import Testing

/// `llm.*` in `config check`: half a model configuration is an error, never a silent rules-only review, and the
/// API key is never printed.
struct ConfigCheckLLMTests {
    static let secret = ["BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET": "whsec-llm-check"]

    @Test func aModelWithoutABaseURLAndViceVersaAreErrors() async throws {
        let noURL = try await ConfigCheckTests.check(["config.yml": "llm:\n  model: gpt-test\n"], env: Self.secret)
        #expect(noURL.status == 2)
        #expect(noURL.stdout.contains("llm.base_url"))
        let noModel = try await ConfigCheckTests.check(
            [:], env: Self.secret.merging(["BACKEND_REVIEW_LLM_BASE_URL": "http://127.0.0.1:11434/v1"]) { $1 })
        #expect(noModel.status == 2)
        #expect(noModel.stdout.contains("llm.model"))
    }

    @Test func badValuesAreErrorsWithTheirLineAndTheKeyStaysHidden() async throws {
        let result = try await ConfigCheckTests.check([
            "config.yml": """
                llm:
                  provider: gemini
                  base_url: not a url
                  model: m
                  temperature: 9
                  api_key: sk-config-check-5e1
                """,
        ], env: Self.secret)
        #expect(result.status == 2)
        #expect(result.stdout.contains("llm.provider"))
        #expect(result.stdout.contains("llm.base_url"))
        #expect(result.stdout.contains("llm.temperature"))
        #expect(!result.stdout.contains("sk-config-check-5e1"))
    }

    @Test func aCompleteModelConfigurationIsValid() async throws {
        let result = try await ConfigCheckTests.check([
            "config.yml": "llm:\n  provider: anthropic\n  base_url: https://api.anthropic.com\n  model: claude-test\n",
        ], env: Self.secret.merging(["BACKEND_REVIEW_LLM_API_KEY": "sk-ant-hidden-77"]) { $1 })
        #expect(result.status == 0, "\(result.stdout)")
        #expect(ConfigCheckTests.line("llm.model", in: result.stdout)?.contains("claude-test") == true)
        #expect(!result.stdout.contains("sk-ant-hidden-77"))
    }
}
