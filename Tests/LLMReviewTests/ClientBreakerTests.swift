import FakeLLM
import Foundation
import Testing
@testable import LLMReview

@Suite("ModelClient circuit breaker")
struct ClientBreakerTests {
    typealias Support = ClientTestSupport

    private static let breakerOpen = "backend_review_llm_breaker_open"

    private func client(
        _ settings: LLMSettings, clock: ClientVirtualClock, logs: ClientLogCapture, metrics: ClientTestMetrics
    ) -> ModelClient {
        ModelClient(
            provider: Support.provider(settings), settings: settings, logger: logs.logger, metrics: metrics,
            clock: clock.clock, jitter: { 0.5 }
        )
    }

    private func call(_ client: ModelClient, _ clock: ClientVirtualClock) async -> LLMError? {
        await Support.failure { () async throws(LLMError) in
            try await client.complete(Support.request(), deadline: clock.now + .seconds(180))
        }
    }

    @Test("opens after N consecutive failures, fails fast while open, closes after a successful probe")
    func opensAndRecovers() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.error(500, message: "boom"), times: 3, api: .openai)
            let clock = ClientVirtualClock()
            let logs = ClientLogCapture()
            let metrics = ClientTestMetrics()
            let settings = Support.settings(
                .openai, llm, maxAttempts: 1, breakerThreshold: 3, breakerCooldown: .seconds(30)
            )
            let client = client(settings, clock: clock, logs: logs, metrics: metrics)

            for _ in 0..<3 { #expect(await call(client, clock)?.kind == .server) }
            #expect(metrics.gauge(Self.breakerOpen, [("provider", "openai")]) == 1)
            #expect(logs.all.contains { $0.contains("model circuit breaker opened") })

            let refused = await call(client, clock)
            #expect(refused?.kind == .circuitOpen)
            #expect(refused?.message.contains("30s") == true)
            #expect(llm.requests().count == 3)
            #expect(
                metrics.counter("backend_review_llm_requests_total", [("provider", "openai"), ("outcome", "circuit_open")]) == 1
            )

            clock.advance(by: .seconds(29))
            #expect(await call(client, clock)?.kind == .circuitOpen)
            clock.advance(by: .seconds(1))
            #expect(await call(client, clock) == nil)
            #expect(metrics.gauge(Self.breakerOpen, [("provider", "openai")]) == 0)
            #expect(await call(client, clock) == nil)
            #expect(llm.requests().map(\.status) == [500, 500, 500, 200, 200])
        }
    }

    @Test("a failed probe opens the breaker again for a whole cooldown")
    func failedProbeReopens() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.error(529, message: "Overloaded"), times: 3, api: .anthropic)
            let clock = ClientVirtualClock()
            let settings = Support.settings(
                .anthropic, llm, maxAttempts: 1, breakerThreshold: 2, breakerCooldown: .seconds(10)
            )
            let client = client(settings, clock: clock, logs: ClientLogCapture(), metrics: ClientTestMetrics())

            #expect(await call(client, clock)?.kind == .server)
            #expect(await call(client, clock)?.kind == .server)
            #expect(await call(client, clock)?.kind == .circuitOpen)
            clock.advance(by: .seconds(10))
            #expect(await call(client, clock)?.kind == .server)  // the probe
            #expect(await call(client, clock)?.kind == .circuitOpen)
            clock.advance(by: .seconds(10))
            #expect(await call(client, clock) == nil)
            #expect(llm.requests().count == 4)
        }
    }

    @Test("failed attempts of one call count; a request the provider rejects does not")
    func whatCounts() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.error(400, message: "bad request"), times: 3, api: .openai)
            llm.enqueue(.error(502, message: "bad gateway"), times: 2, api: .openai)
            let clock = ClientVirtualClock()
            let settings = Support.settings(.openai, llm, maxAttempts: 2, breakerThreshold: 2)
            let client = client(settings, clock: clock, logs: ClientLogCapture(), metrics: ClientTestMetrics())

            for _ in 0..<3 { #expect(await call(client, clock)?.kind == .rejected) }
            // Two failed attempts within one call reach the threshold of 2.
            #expect(await call(client, clock)?.kind == .server)
            #expect(await call(client, clock)?.kind == .circuitOpen)
            #expect(llm.requests().count == 5)
        }
    }

    @Test("the breaker opening mid-call stops the retries")
    func openingStopsRetries() async throws {
        try await Support.withFakeLLM { llm in
            llm.setDefault(.error(500, message: "boom"), api: .openai)
            let clock = ClientVirtualClock()
            let settings = Support.settings(.openai, llm, maxAttempts: 5, breakerThreshold: 2)
            let client = client(settings, clock: clock, logs: ClientLogCapture(), metrics: ClientTestMetrics())

            #expect(await call(client, clock)?.kind == .circuitOpen)
            #expect(llm.requests().count == 2)
        }
    }
}
