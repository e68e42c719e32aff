import FakeLLM
import Foundation
import Testing
@testable import LLMReview

@Suite("ModelClient never leaks the API key")
struct ClientSecrecyTests {
    typealias Support = ClientTestSupport

    @Test("no log line and no error description carries the key, whatever fails", arguments: FakeLLMAPI.allCases)
    func keyNeverLogged(_ api: FakeLLMAPI) async throws {
        try await Support.withFakeLLM { llm in
            let logs = ClientLogCapture()
            let clock = ClientVirtualClock()
            let settings = Support.settings(api, llm, maxAttempts: 3, breakerThreshold: 6)
            let client = ModelClient(
                provider: Support.provider(settings), settings: settings, logger: logs.logger,
                metrics: ClientTestMetrics(), clock: clock.clock, jitter: { 0.5 }
            )
            func call(timeout: Duration = .seconds(30)) async -> LLMError? {
                await Support.failure { () async throws(LLMError) in
                    try await client.complete(Support.request(timeout: timeout), deadline: clock.now + .seconds(180))
                }
            }
            var errors: [LLMError?] = []

            llm.enqueue(.error(429, message: "limited for key \(Support.apiKey)", retryAfter: 1), api: api)
            llm.enqueue(.error(500, message: "failed for \(Support.apiKey)"), api: api)
            llm.enqueue(.status(502, body: "proxy error, key=\(Support.apiKey)"), api: api)
            errors.append(await call())
            llm.enqueue(.delay(.seconds(30), then: .malformedBody), api: api)
            llm.enqueue(.malformedBody, api: api)
            errors.append(await call(timeout: .seconds(3)))
            llm.setAPIKey("sk-not-the-configured-one", api: api)  // the OpenAI fake echoes the key it got
            errors.append(await call())
            errors.append(await call())  // the breaker is open now

            let kinds = errors.map { $0?.kind }
            #expect(kinds == [.server, .invalidResponse, .unauthorized, .circuitOpen])
            let descriptions = errors.compactMap { $0?.description }
            #expect(descriptions.count == 4)
            #expect(descriptions.allSatisfy { !$0.contains(Support.apiKey) })
            #expect(descriptions.contains { $0.contains("[redacted]") })
            #expect(logs.all.count >= 5)
            #expect(logs.all.allSatisfy { !$0.contains(Support.apiKey) })
            // The key was sent where it belongs.
            let sent = llm.requests().compactMap { api == .openai ? $0.authorization : $0.apiKeyHeader }
            #expect(sent.count == llm.requests().count)
            #expect(sent.allSatisfy { $0.contains(Support.apiKey) })
        }
    }

    /// A provider that breaks the contract and puts the key in its message.
    struct LeakyProvider: LLMProvider {
        var name: String { "openai" }
        func complete(_ request: LLMRequest) async throws(LLMError) -> LLMCompletion {
            throw LLMError(kind: .server, status: 500, message: "upstream said: bad key \(ClientTestSupport.apiKey)")
        }
    }

    @Test("the client scrubs the key even from a provider that leaks it")
    func clientScrubs() async throws {
        let logs = ClientLogCapture()
        let clock = ClientVirtualClock()
        let settings = LLMSettings(baseURL: "http://127.0.0.1:9", model: "m", apiKey: Support.apiKey, maxAttempts: 2)
        let client = ModelClient(
            provider: LeakyProvider(), settings: settings, logger: logs.logger, metrics: ClientTestMetrics(),
            clock: clock.clock, jitter: { 0.5 }
        )
        let error = await Support.failure { () async throws(LLMError) in
            try await client.complete(Support.request(), deadline: clock.now + .seconds(60))
        }
        #expect(error?.kind == .server)
        #expect(error?.description.contains(Support.apiKey) == false)
        #expect(error?.message.contains("[redacted]") == true)
        #expect(!logs.all.isEmpty)
        #expect(logs.all.allSatisfy { !$0.contains(Support.apiKey) })
    }
}
