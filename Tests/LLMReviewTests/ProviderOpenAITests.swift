import AsyncHTTPClient
import FakeLLM
import Foundation
import LLMReview
import Testing

@Suite("OpenAI-compatible provider")
struct ProviderOpenAITests {
    typealias Support = ClientTestSupport

    private func provider(_ llm: FakeLLMServer, apiKey: String? = Support.apiKey) -> OpenAICompatibleProvider {
        OpenAICompatibleProvider(baseURL: llm.baseURL, apiKey: apiKey, httpClient: .shared)
    }

    @Test("structured output: the exact body, the bearer key, the content and usage")
    func structuredRequest() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.findings(json: Support.findingsJSON), api: .openai)
            llm.setUsage(.fixed(input: 321, output: 45))
            let completion = try await provider(llm).complete(Support.request())

            #expect(completion == LLMCompletion(text: Support.findingsJSON, inputTokens: 321, outputTokens: 45))
            let sent = try #require(llm.requests().first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/chat/completions")
            #expect(sent.authorization == "Bearer \(Support.apiKey)")
            #expect(sent.header("content-type") == "application/json")
            let schema = try #require(FakeLLMJSON.parse(Support.schema))
            let expected: FakeLLMJSON = [
                "model": "test-model",
                "messages": [
                    ["role": "system", "content": "You review backend changes."],
                    ["role": "user", "content": "diff --git a/app.py b/app.py\n+print(1)\n"],
                ],
                "temperature": 0.25,
                "max_tokens": 512,
                "response_format": [
                    "type": "json_schema",
                    "json_schema": ["name": "review_findings", "schema": schema, "strict": false],
                ],
            ]
            #expect(sent.json == expected)
        }
    }

    @Test("without structured output or a key: no response_format, no Authorization")
    func plainRequest() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.text("Here you go:\n```json\n{\"findings\": []}\n```"), api: .openai)
            let completion = try await provider(llm, apiKey: nil).complete(Support.request(structuredOutput: false))

            #expect(completion.text == "Here you go:\n```json\n{\"findings\": []}\n```")
            #expect(completion.truncated == false)
            let sent = try #require(llm.requests().first)
            #expect(sent.authorization == nil)
            let expected: FakeLLMJSON = [
                "model": "test-model",
                "messages": [
                    ["role": "system", "content": "You review backend changes."],
                    ["role": "user", "content": "diff --git a/app.py b/app.py\n+print(1)\n"],
                ],
                "temperature": 0.25,
                "max_tokens": 512,
            ]
            #expect(sent.json == expected)
        }
    }

    @Test("finish_reason length marks the answer truncated; a missing usage gives no token counts")
    func truncatedAnswer() async throws {
        try await Support.withFakeLLM { llm in
            llm.setUsage(.omitted)
            llm.enqueue(.text(#"{"findings": [{"path": "app.py", "li"#, truncated: true), api: .openai)
            let completion = try await provider(llm).complete(Support.request())

            #expect(completion.truncated)
            #expect(completion.text == #"{"findings": [{"path": "app.py", "li"#)
            #expect(completion.inputTokens == nil)
            #expect(completion.outputTokens == nil)
        }
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var reply: FakeLLMReply
        var kind: LLMError.Kind
        var status: Int?
        var retryAfter: Double?
        var testDescription: String { "\(kind.rawValue) \(status.map(String.init) ?? "")" }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(reply: .error(429, message: "Rate limit reached", retryAfter: 7), kind: .rateLimited, status: 429, retryAfter: 7),
        ErrorCase(reply: .error(500, message: "The server had an error"), kind: .server, status: 500),
        ErrorCase(reply: .status(503, body: "upstream unavailable", retryAfter: 2), kind: .server, status: 503, retryAfter: 2),
        ErrorCase(reply: .error(404, message: "The model `nope` does not exist"), kind: .rejected, status: 404),
        ErrorCase(reply: .status(403, body: #"{"error":"forbidden"}"#), kind: .unauthorized, status: 403),
        ErrorCase(reply: .malformedBody, kind: .invalidResponse, status: 200),
        ErrorCase(reply: .status(200, body: #"{"choices":[]}"#), kind: .invalidResponse, status: 200),
        ErrorCase(reply: .status(200, body: #"{"choices":[{"message":{"content":null,"refusal":"no"}}]}"#), kind: .invalidResponse, status: 200),
    ]

    @Test("errors map to their kinds, with the status and Retry-After", arguments: errorCases)
    func errorKinds(_ errorCase: ErrorCase) async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(errorCase.reply, api: .openai)
            let error = await Support.failure { () async throws(LLMError) in
                try await provider(llm).complete(Support.request())
            }
            #expect(error?.kind == errorCase.kind)
            #expect(error?.status == errorCase.status)
            #expect(error?.retryAfter == errorCase.retryAfter)
            #expect(llm.requests().count == 1)
        }
    }

    @Test("the provider's error message is kept, a wrong key echoed back is not")
    func wrongKeyIsScrubbed() async throws {
        try await Support.withFakeLLM { llm in
            llm.setAPIKey("sk-the-right-one", api: .openai)
            let error = try #require(
                await Support.failure { () async throws(LLMError) in try await provider(llm).complete(Support.request()) }
            )
            #expect(error.kind == .unauthorized)
            #expect(error.status == 401)
            #expect(error.message.contains("Incorrect API key provided"))
            #expect(!error.description.contains(Support.apiKey))
            #expect(llm.requests().first?.authorization == "Bearer \(Support.apiKey)")
        }
    }

    @Test("a server refusing response_format gets the request again without it, and never again")
    func responseFormatFallback() async throws {
        try await Support.withFakeLLM { llm in
            llm.setRejectsResponseFormat(true)
            llm.enqueue(.findings(json: Support.findingsJSON), times: 2, api: .openai)
            let provider = provider(llm)
            let first = try await provider.complete(Support.request())
            let second = try await provider.complete(Support.request())

            #expect(first.text == Support.findingsJSON)
            #expect(second.text == Support.findingsJSON)
            let sent = llm.requests()
            #expect(sent.map(\.status) == [400, 200, 200])
            #expect(sent.map { $0.json?["response_format"] != nil } == [true, false, false])
        }
    }

    @Test("a 400 that is not about response_format is not retried")
    func otherBadRequestNotRetried() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.error(400, message: "maximum context length is 8192 tokens"), api: .openai)
            let error = await Support.failure { () async throws(LLMError) in
                try await provider(llm).complete(Support.request())
            }
            #expect(error?.kind == .rejected)
            #expect(error?.message.contains("maximum context length") == true)
            #expect(llm.requests().count == 1)
        }
    }

    @Test("an answer slower than the request timeout is a timeout")
    func timeout() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.delay(.seconds(30), then: .findings(json: Support.findingsJSON)), api: .openai)
            let started = ContinuousClock.now
            let error = await Support.failure { () async throws(LLMError) in
                try await provider(llm).complete(Support.request(timeout: .milliseconds(300)))
            }
            #expect(error?.kind == .timeout)
            #expect(ContinuousClock.now - started < .seconds(20))
        }
    }

    @Test("a base URL with a trailing slash works; a base URL that is not http(s) sends nothing")
    func baseURLs() async throws {
        try await Support.withFakeLLM { llm in
            let slashed = OpenAICompatibleProvider(baseURL: llm.baseURL + "/", apiKey: nil, httpClient: .shared)
            _ = try await slashed.complete(Support.request())
            #expect(llm.requests().map(\.path) == ["/v1/chat/completions"])

            let broken = OpenAICompatibleProvider(baseURL: "localhost:11434", apiKey: nil, httpClient: .shared)
            let error = await Support.failure { () async throws(LLMError) in try await broken.complete(Support.request()) }
            #expect(error?.kind == .rejected)
            #expect(error?.message.contains("llm.base_url") == true)
        }
    }

    @Test("a refused connection is a network error (at once, on a client that doesn't retry connecting)")
    func connectionRefused() async throws {
        let llm = try await FakeLLMServer.start()
        let url = llm.baseURL
        await llm.stop()
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let provider = OpenAICompatibleProvider(baseURL: url, apiKey: Support.apiKey, httpClient: client)
        let error = await Support.failure { () async throws(LLMError) in try await provider.complete(Support.request()) }
        try await client.shutdown()
        #expect(error?.kind == .network)
        #expect(error?.description.contains(Support.apiKey) == false)
    }
}
