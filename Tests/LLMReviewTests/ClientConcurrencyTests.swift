import FakeLLM
import Foundation
import LLMReview
import Testing

@Suite("ModelClient concurrency limit")
struct ClientConcurrencyTests {
    typealias Support = ClientTestSupport

    private func runConcurrently(_ client: ModelClient, count: Int) async -> [LLMError?] {
        await withTaskGroup(of: LLMError?.self) { group in
            for _ in 0..<count {
                group.addTask {
                    await Support.failure { () async throws(LLMError) in
                        try await client.complete(Support.request(), deadline: .now + .seconds(120))
                    }
                }
            }
            var results: [LLMError?] = []
            for await result in group { results.append(result) }
            return results
        }
    }

    @Test("never more requests in flight than maxConcurrency, across callers")
    func limitHolds() async throws {
        try await Support.withFakeLLM { llm in
            llm.setDefault(.delay(.milliseconds(400), then: .findings(json: Support.findingsJSON)), api: .openai)
            let settings = Support.settings(.openai, llm, maxConcurrency: 2)
            let client = ModelClient(provider: Support.provider(settings), settings: settings, logger: ClientLogCapture().logger)

            let results = await runConcurrently(client, count: 6)
            #expect(results.allSatisfy { $0 == nil })
            #expect(llm.requests().count == 6)
            #expect(llm.peakInFlight <= 2)
            #expect(llm.peakInFlight >= 1)
        }
    }

    @Test("the fake does see overlapping requests when the limit allows them (the count above is real)")
    func overlapIsVisible() async throws {
        try await Support.withFakeLLM { llm in
            llm.setDefault(.delay(.seconds(1), then: .findings(json: Support.findingsJSON)), api: .anthropic)
            let settings = Support.settings(.anthropic, llm, maxConcurrency: 6)
            let client = ModelClient(provider: Support.provider(settings), settings: settings, logger: ClientLogCapture().logger)

            let results = await runConcurrently(client, count: 6)
            #expect(results.allSatisfy { $0 == nil })
            #expect(llm.peakInFlight >= 3)
        }
    }

    @Test("waiting for a slot ends at the deadline, and nothing is sent")
    func slotWaitRespectsDeadline() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.delay(.seconds(3), then: .findings(json: Support.findingsJSON)), api: .openai)
            let settings = Support.settings(.openai, llm, maxConcurrency: 1)
            let client = ModelClient(provider: Support.provider(settings), settings: settings, logger: ClientLogCapture().logger)

            let slow = Task { try await client.complete(Support.request(), deadline: .now + .seconds(120)) }
            while llm.inFlight == 0 { try await Task.sleep(for: .milliseconds(10)) }
            let error = await Support.failure { () async throws(LLMError) in
                try await client.complete(Support.request(), deadline: .now + .milliseconds(300))
            }
            #expect(error?.kind == .deadline)
            #expect(error?.message.contains("request slot") == true)
            #expect(llm.requests().count == 1)
            _ = try await slow.value
            // The slot is free again.
            _ = try await client.complete(Support.request(), deadline: .now + .seconds(120))
            #expect(llm.requests().count == 2)
        }
    }
}
