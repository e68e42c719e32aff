import FakeLLM
import Foundation
import Testing
@testable import LLMReview

@Suite("ModelClient metrics")
struct ClientMetricsTests {
    typealias Support = ClientTestSupport

    @Test("requests by outcome, tokens in and out, latency and the estimated cost", arguments: FakeLLMAPI.allCases)
    func recorded(_ api: FakeLLMAPI) async throws {
        try await Support.withFakeLLM { llm in
            llm.setUsage(.fixed(input: 1000, output: 200))
            llm.enqueue(.error(429, message: "slow down", retryAfter: 1), api: api)
            llm.enqueue(.findings(json: Support.findingsJSON), times: 2, api: api)
            let metrics = ClientTestMetrics()
            let clock = ClientVirtualClock()
            let settings = Support.settings(api, llm, inputCostPerMillion: 3, outputCostPerMillion: 15)
            let client = ModelClient(
                provider: Support.provider(settings), settings: settings, logger: ClientLogCapture().logger,
                metrics: metrics, clock: clock.clock, jitter: { 0.5 }
            )
            for _ in 0..<2 { _ = try await client.complete(Support.request(), deadline: clock.now + .seconds(60)) }

            let provider = ("provider", api.rawValue)
            let requests = "backend_review_llm_requests_total"
            #expect(metrics.counter(requests, [provider, ("outcome", "success")]) == 2)
            #expect(metrics.counter(requests, [provider, ("outcome", "rate_limited")]) == 1)
            #expect(metrics.counter("backend_review_llm_tokens_total", [provider, ("direction", "input")]) == 2000)
            #expect(metrics.counter("backend_review_llm_tokens_total", [provider, ("direction", "output")]) == 400)
            #expect(metrics.timings("backend_review_llm_request_duration_seconds", [provider]).count == 3)
            let cost = metrics.floatingCounter("backend_review_llm_cost_total", [provider])
            #expect(abs(cost - 0.012) < 1e-9)  // 2 × (1000 × 3 + 200 × 15) / 1e6
            #expect(metrics.gauge("backend_review_llm_breaker_open", [provider]) == nil)
        }
    }

    @Test("no prices, no cost; no usage, no tokens")
    func nothingToEstimate() async throws {
        try await Support.withFakeLLM { llm in
            llm.setUsage(.omitted)
            let metrics = ClientTestMetrics()
            let settings = Support.settings(.openai, llm)
            let client = ModelClient(
                provider: Support.provider(settings), settings: settings, logger: ClientLogCapture().logger, metrics: metrics
            )
            _ = try await client.complete(Support.request(), deadline: .now + .seconds(60))

            let provider = ("provider", "openai")
            #expect(metrics.counter("backend_review_llm_requests_total", [provider, ("outcome", "success")]) == 1)
            #expect(metrics.counter("backend_review_llm_tokens_total", [provider, ("direction", "input")]) == 0)
            #expect(metrics.floatingCounter("backend_review_llm_cost_total", [provider]) == 0)
        }
    }

    @Test("the estimate follows the configured prices per million tokens")
    func costEstimate() {
        let settings = LLMSettings(baseURL: "http://x", model: "m", inputCostPerMillion: 2.5, outputCostPerMillion: 10)
        #expect(abs(settings.estimatedCost(inputTokens: 400_000, outputTokens: 50_000) - 1.5) < 1e-12)
        #expect(LLMSettings(baseURL: "http://x", model: "m").estimatedCost(inputTokens: 10, outputTokens: 10) == 0)
    }
}
