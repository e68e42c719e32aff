import AsyncHTTPClient
import FakeLLM
import Foundation
import LLMReview
import Testing

@Suite("Anthropic provider")
struct ProviderAnthropicTests {
    typealias Support = ClientTestSupport

    private func provider(_ llm: FakeLLMServer, apiKey: String? = Support.apiKey) -> AnthropicProvider {
        AnthropicProvider(baseURL: llm.anthropicBaseURL, apiKey: apiKey, httpClient: .shared)
    }

    @Test("structured output: the exact body, the headers, the forced tool's input as the text")
    func structuredRequest() async throws {
        try await Support.withFakeLLM { llm in
            llm.setAPIKey(Support.apiKey, api: .anthropic)
            llm.setUsage(.fixed(input: 1200, output: 80))
            llm.enqueue(.findings(json: Support.findingsJSON), api: .anthropic)
            let completion = try await provider(llm).complete(Support.request())

            #expect(FakeLLMJSON.parse(completion.text) == FakeLLMJSON.parse(Support.findingsJSON))
            #expect(completion.inputTokens == 1200)
            #expect(completion.outputTokens == 80)
            #expect(completion.truncated == false)
            let sent = try #require(llm.requests().first)
            #expect(sent.path == "/anthropic/v1/messages")
            #expect(sent.apiKeyHeader == Support.apiKey)
            #expect(sent.header("anthropic-version") == "2023-06-01")
            #expect(sent.authorization == nil)
            let schema = try #require(FakeLLMJSON.parse(Support.schema))
            let expected: FakeLLMJSON = [
                "model": "test-model",
                "max_tokens": 512,
                "temperature": 0.25,
                "system": "You review backend changes.",
                "messages": [["role": "user", "content": "diff --git a/app.py b/app.py\n+print(1)\n"]],
                "tools": [
                    [
                        "name": "report_findings",
                        "description": "Report the review findings as the answer schema describes.",
                        "input_schema": schema,
                    ]
                ],
                "tool_choice": ["type": "tool", "name": "report_findings"],
            ]
            #expect(sent.json == expected)
        }
    }

    @Test("without structured output: no tools, the text blocks are the answer; no key, no x-api-key")
    func plainRequest() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.findings(json: Support.findingsJSON), api: .anthropic)
            let completion = try await provider(llm, apiKey: nil).complete(Support.request(structuredOutput: false))

            #expect(completion.text == Support.findingsJSON)
            let sent = try #require(llm.requests().first)
            #expect(sent.apiKeyHeader == nil)
            #expect(sent.json?["tools"] == nil)
            #expect(sent.json?["tool_choice"] == nil)
            #expect(sent.json?["system"] == "You review backend changes.")
        }
    }

    @Test("stop_reason max_tokens marks the answer truncated")
    func truncatedAnswer() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.text(#"Sure! {"findings": [{"pa"#, truncated: true), api: .anthropic)
            let completion = try await provider(llm).complete(Support.request())
            #expect(completion.truncated)
            #expect(completion.text == #"Sure! {"findings": [{"pa"#)
            #expect(completion.outputTokens != nil)
        }
    }

    @Test("several text blocks are joined")
    func textBlocksJoined() async throws {
        try await Support.withFakeLLM { llm in
            let body = #"{"id":"msg_1","type":"message","role":"assistant","model":"m","content":[{"type":"text","text":"{\"findings\":"},{"type":"text","text":"[]}"}],"stop_reason":"end_turn","usage":{"input_tokens":3,"output_tokens":4}}"#
            llm.enqueue(.status(200, body: body), api: .anthropic)
            let completion = try await provider(llm).complete(Support.request(structuredOutput: false))
            #expect(completion == LLMCompletion(text: #"{"findings":[]}"#, inputTokens: 3, outputTokens: 4))
        }
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var reply: FakeLLMReply
        var kind: LLMError.Kind
        var status: Int?
        var retryAfter: Double?
        var messagePart: String
        var testDescription: String { "\(kind.rawValue) \(status.map(String.init) ?? "")" }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(
            reply: .error(529, message: "Overloaded"), kind: .server, status: 529, messagePart: "overloaded_error: Overloaded"
        ),
        ErrorCase(
            reply: .error(429, message: "Number of request tokens has exceeded your rate limit", retryAfter: 12),
            kind: .rateLimited, status: 429, retryAfter: 12, messagePart: "rate_limit_error"
        ),
        ErrorCase(
            reply: .error(400, message: "prompt is too long: 210000 tokens > 200000 maximum"), kind: .rejected,
            status: 400, messagePart: "invalid_request_error: prompt is too long"
        ),
        ErrorCase(reply: .malformedBody, kind: .invalidResponse, status: 200, messagePart: "content"),
    ]

    @Test("errors map to their kinds, with the API's error type and message", arguments: errorCases)
    func errorKinds(_ errorCase: ErrorCase) async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(errorCase.reply, api: .anthropic)
            let error = await Support.failure { () async throws(LLMError) in
                try await provider(llm).complete(Support.request())
            }
            #expect(error?.kind == errorCase.kind)
            #expect(error?.status == errorCase.status)
            #expect(error?.retryAfter == errorCase.retryAfter)
            #expect(error?.message.contains(errorCase.messagePart) == true)
        }
    }

    @Test("a wrong or missing key is unauthorized, and the key is in no message")
    func unauthorized() async throws {
        try await Support.withFakeLLM { llm in
            llm.setAPIKey("sk-ant-the-right-one", api: .anthropic)
            let wrong = await Support.failure { () async throws(LLMError) in
                try await provider(llm).complete(Support.request())
            }
            let missing = await Support.failure { () async throws(LLMError) in
                try await provider(llm, apiKey: nil).complete(Support.request())
            }
            #expect(wrong?.kind == .unauthorized)
            #expect(wrong?.message.contains("invalid x-api-key") == true)
            #expect(missing?.kind == .unauthorized)
            #expect(missing?.message.contains("x-api-key header is required") == true)
            #expect(wrong?.description.contains(Support.apiKey) == false)
        }
    }

    @Test("a base URL that already ends in /v1 is not doubled")
    func baseURLWithVersion() async throws {
        try await Support.withFakeLLM { llm in
            let provider = AnthropicProvider(baseURL: llm.anthropicBaseURL + "/v1", apiKey: nil, httpClient: .shared)
            _ = try await provider.complete(Support.request())
            #expect(llm.requests().map(\.path) == ["/anthropic/v1/messages"])
            #expect(llm.requests().map(\.status) == [200])
        }
    }

    @Test("the factory builds the provider of the configured wire format")
    func factory() async throws {
        try await Support.withFakeLLM { llm in
            for api in FakeLLMAPI.allCases {
                let provider = Support.provider(Support.settings(api, llm))
                #expect(provider.name == api.rawValue)
                _ = try await provider.complete(Support.request())
            }
            #expect(llm.requests().map(\.api) == [.openai, .anthropic])
            #expect(llm.requests().map(\.status) == [200, 200])
        }
    }
}
