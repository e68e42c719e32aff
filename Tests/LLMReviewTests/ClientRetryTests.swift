import FakeLLM
import Foundation
import Testing
@testable import LLMReview

@Suite("ModelClient retries and deadline")
struct ClientRetryTests {
    typealias Support = ClientTestSupport

    /// A client on a virtual clock with a fixed jitter (backoff = ¾ of the nominal step).
    private func client(
        _ settings: LLMSettings, clock: ClientVirtualClock, logs: ClientLogCapture = ClientLogCapture(),
        metrics: ClientTestMetrics? = nil
    ) -> ModelClient {
        ModelClient(
            provider: Support.provider(settings), settings: settings, logger: logs.logger, metrics: metrics,
            clock: clock.clock, jitter: { 0.5 }
        )
    }

    @Test("429 with Retry-After: the client waits what the provider asked, then succeeds", arguments: FakeLLMAPI.allCases)
    func retryAfterHonoured(_ api: FakeLLMAPI) async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.error(429, message: "slow down", retryAfter: 7), api: api)
            llm.enqueue(.findings(json: Support.findingsJSON), api: api)
            let clock = ClientVirtualClock()
            let completion = try await client(Support.settings(api, llm), clock: clock)
                .complete(Support.request(), deadline: clock.now + .seconds(180))

            #expect(FakeLLMJSON.parse(completion.text) == FakeLLMJSON.parse(Support.findingsJSON))
            #expect(clock.sleeps == [.seconds(7)])
            #expect(llm.requests().map(\.status) == [429, 200])
        }
    }

    @Test("429 with Retry-After: 2 holds the retry back for two seconds of real time (the backoff would be ≤ 1 s)")
    func retryAfterRealTime() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.error(429, message: "slow down", retryAfter: 2), api: .openai)
            let settings = Support.settings(.openai, llm)
            let client = ModelClient(provider: Support.provider(settings), settings: settings, logger: ClientLogCapture().logger)
            let started = ContinuousClock.now
            _ = try await client.complete(Support.request(), deadline: .now + .seconds(120))

            #expect(ContinuousClock.now - started >= .milliseconds(1950))
            #expect(llm.requests().map(\.status) == [429, 200])
        }
    }

    @Test("5xx is retried with exponential backoff, then succeeds")
    func serverErrorsRetried() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.error(500, message: "boom"), api: .anthropic)
            llm.enqueue(.error(529, message: "Overloaded"), api: .anthropic)
            let clock = ClientVirtualClock()
            _ = try await client(Support.settings(.anthropic, llm, maxAttempts: 3), clock: clock)
                .complete(Support.request(), deadline: clock.now + .seconds(180))

            #expect(clock.sleeps == [.milliseconds(750), .milliseconds(1500)])
            #expect(llm.requests().map(\.status) == [500, 529, 200])
        }
    }

    @Test("after maxAttempts the last error is thrown")
    func attemptsExhausted() async throws {
        try await Support.withFakeLLM { llm in
            llm.setDefault(.error(503, message: "unavailable"), api: .openai)
            let clock = ClientVirtualClock()
            let client = client(Support.settings(.openai, llm, maxAttempts: 3), clock: clock)
            let error = await Support.failure { () async throws(LLMError) in
                try await client.complete(Support.request(), deadline: clock.now + .seconds(180))
            }
            #expect(error?.kind == .server)
            #expect(error?.status == 503)
            #expect(llm.requests().count == 3)
            #expect(clock.sleeps.count == 2)
        }
    }

    @Test("401 is not retried")
    func unauthorizedNotRetried() async throws {
        try await Support.withFakeLLM { llm in
            llm.setAPIKey("sk-another-key", api: .openai)
            let clock = ClientVirtualClock()
            let client = client(Support.settings(.openai, llm), clock: clock)
            let error = await Support.failure { () async throws(LLMError) in
                try await client.complete(Support.request(), deadline: clock.now + .seconds(180))
            }
            #expect(error?.kind == .unauthorized)
            #expect(llm.requests().count == 1)
            #expect(clock.sleeps.isEmpty)
        }
    }

    @Test("a request slower than its timeout fails as a timeout (each attempt timed out)")
    func timeout() async throws {
        try await Support.withFakeLLM { llm in
            llm.setDefault(.delay(.seconds(30), then: .findings(json: Support.findingsJSON)), api: .openai)
            let clock = ClientVirtualClock()
            let client = client(Support.settings(.openai, llm, maxAttempts: 2), clock: clock)
            let error = await Support.failure { () async throws(LLMError) in
                try await client.complete(Support.request(timeout: .milliseconds(300)), deadline: clock.now + .seconds(180))
            }
            #expect(error?.kind == .timeout)
            #expect(llm.requests().count == 2)
        }
    }

    @Test("a deadline already passed sends nothing")
    func deadlinePassed() async throws {
        try await Support.withFakeLLM { llm in
            let clock = ClientVirtualClock()
            let client = client(Support.settings(.openai, llm), clock: clock)
            let error = await Support.failure { () async throws(LLMError) in
                try await client.complete(Support.request(), deadline: clock.now)
            }
            #expect(error?.kind == .deadline)
            #expect(llm.requests().isEmpty)
        }
    }

    @Test("a Retry-After beyond the deadline is not slept: deadline at once, naming the last failure")
    func retryAfterPastDeadline() async throws {
        try await Support.withFakeLLM { llm in
            // The deadline leaves the request its whole timeout (a loaded machine may take seconds to answer),
            // but not the 50 s the provider asks to wait.
            llm.enqueue(.error(429, message: "slow down", retryAfter: 50), api: .openai)
            let clock = ClientVirtualClock()
            let client = client(Support.settings(.openai, llm), clock: clock)
            let error = await Support.failure { () async throws(LLMError) in
                try await client.complete(Support.request(), deadline: clock.now + .seconds(30))
            }
            #expect(error?.kind == .deadline)
            #expect(error?.message.contains("rateLimited, HTTP 429") == true, "\(String(describing: error))")
            #expect(clock.sleeps.isEmpty)
            #expect(llm.requests().count == 1)
        }
    }

    @Test("a Retry-After above the cap is not waited for: the rate limit is reported")
    func retryAfterAboveCap() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.error(429, message: "quota", retryAfter: 600), api: .openai)
            let clock = ClientVirtualClock()
            let client = client(Support.settings(.openai, llm), clock: clock)
            let error = await Support.failure { () async throws(LLMError) in
                try await client.complete(Support.request(), deadline: clock.now + .seconds(3600))
            }
            #expect(error?.kind == .rateLimited)
            #expect(error?.retryAfter == 600)
            #expect(clock.sleeps.isEmpty)
        }
    }

    @Test("a slow answer is cut at the deadline, not at the longer request timeout")
    func deadlineCutsSlowAnswer() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.delay(.seconds(30), then: .findings(json: Support.findingsJSON)), api: .anthropic)
            let settings = Support.settings(.anthropic, llm)
            let client = ModelClient(provider: Support.provider(settings), settings: settings, logger: ClientLogCapture().logger)
            let started = ContinuousClock.now
            let error = await Support.failure { () async throws(LLMError) in
                try await client.complete(Support.request(timeout: .seconds(60)), deadline: .now + .milliseconds(500))
            }
            #expect(error?.kind == .deadline)
            #expect(ContinuousClock.now - started < .seconds(20))
            #expect(llm.requests().count == 1)
        }
    }
}
