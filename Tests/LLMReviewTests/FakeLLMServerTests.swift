import AsyncHTTPClient
import FakeLLM
import Foundation
import NIOCore
import NIOHTTP1
import Testing

@Suite("FakeLLM server")
struct FakeLLMServerTests {
    typealias Support = ClientTestSupport

    /// POSTs `body` to `url` and returns the status and the body parsed as JSON.
    private func post(
        _ url: String, _ body: String, headers: [(String, String)] = []
    ) async throws -> (status: Int, json: FakeLLMJSON?) {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let bytes = try await response.body.collect(upTo: 1 << 20)
        return (Int(response.status.code), FakeLLMJSON.parse(Array(bytes.readableBytesView)))
    }

    private static let version = [("anthropic-version", "2023-06-01")]
    private static let validAnthropic = #"{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"hi"}]}"#
    private static let validOpenAI = #"{"model":"m","messages":[{"role":"user","content":"hi"}]}"#

    struct Refusal: Sendable, CustomTestStringConvertible {
        var api: FakeLLMAPI
        var body: String
        var headers: [String]
        var status: Int
        var message: String
        var testDescription: String { "\(api.rawValue): \(message)" }
    }

    static let refusals: [Refusal] = [
        Refusal(api: .anthropic, body: validAnthropic, headers: [], status: 400, message: "anthropic-version: header is required"),
        Refusal(
            api: .anthropic, body: #"{"model":"m","messages":[{"role":"user","content":"hi"}]}"#,
            headers: ["anthropic-version"], status: 400, message: "max_tokens: Field required"
        ),
        Refusal(
            api: .anthropic, body: #"{"max_tokens":5,"messages":[{"role":"user","content":"hi"}]}"#,
            headers: ["anthropic-version"], status: 400, message: "model: Field required"
        ),
        Refusal(
            api: .anthropic, body: #"{"model":"m","max_tokens":5,"messages":[]}"#, headers: ["anthropic-version"],
            status: 400, message: "at least one message is required"
        ),
        Refusal(
            api: .anthropic,
            body: #"{"model":"m","max_tokens":5,"messages":[{"role":"system","content":"x"},{"role":"user","content":"hi"}]}"#,
            headers: ["anthropic-version"], status: 400, message: "Unexpected role \"system\""
        ),
        Refusal(
            api: .anthropic,
            body: #"{"model":"m","max_tokens":5,"messages":[{"role":"user","content":"hi"}],"tools":[{"name":"a","input_schema":{"type":"object"}}],"tool_choice":{"type":"tool","name":"b"}}"#,
            headers: ["anthropic-version"], status: 400, message: "Tool 'b' not found"
        ),
        Refusal(api: .openai, body: #"{"messages":[{"role":"user","content":"hi"}]}"#, headers: [], status: 400, message: "model parameter"),
        Refusal(api: .openai, body: #"{"model":"m","messages":[]}"#, headers: [], status: 400, message: "too short"),
        Refusal(api: .openai, body: "not json", headers: [], status: 400, message: "could not parse the JSON body"),
        Refusal(
            api: .openai,
            body: #"{"model":"m","messages":[{"role":"user","content":"hi"}],"response_format":{"type":"json_schema","json_schema":{"name":"bad name!","schema":{}}}}"#,
            headers: [], status: 400, message: "json_schema.name"
        ),
    ]

    @Test("requests the real API would refuse get its 400, in its error shape, and consume no scripted reply", arguments: refusals)
    func refusesLikeTheRealAPI(_ refusal: Refusal) async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.findings(json: "{}"), api: refusal.api)
            let path = refusal.api == .openai ? "/chat/completions" : "/v1/messages"
            let headers = refusal.headers.contains("anthropic-version") ? Self.version : []
            let (status, json) = try await post(llm.baseURL(for: refusal.api) + path, refusal.body, headers: headers)

            #expect(status == refusal.status)
            let message = json?["error"]?["message"]?.string ?? ""
            #expect(message.contains(refusal.message))
            if refusal.api == .anthropic {
                #expect(json?["type"] == "error")
                #expect(json?["error"]?["type"] == "invalid_request_error")
            } else {
                #expect(json?["error"]?["type"] == "invalid_request_error")
            }
            #expect(llm.pendingReplies(api: refusal.api) == 1)
            #expect(llm.requests().first?.status == refusal.status)
        }
    }

    @Test("scripted replies are served first in, first out, per API, then the default")
    func fifoThenDefault() async throws {
        try await Support.withFakeLLM { llm in
            llm.enqueue(.text("first"), api: .openai)
            llm.enqueue(.error(503, message: "busy"), api: .anthropic)
            llm.enqueue(.text("second"), api: .openai)
            llm.setDefault(.text("default"), api: .openai)
            let url = llm.baseURL + "/chat/completions"

            var contents: [String?] = []
            for _ in 0..<3 {
                let (_, json) = try await post(url, Self.validOpenAI)
                contents.append(json?["choices"]?[0]?["message"]?["content"]?.string)
            }
            #expect(contents == ["first", "second", "default"])
            let anthropic = try await post(llm.anthropicBaseURL + "/v1/messages", Self.validAnthropic, headers: Self.version)
            #expect(anthropic.status == 503)
            #expect(anthropic.json?["error"]?["type"] == "api_error")
        }
    }

    @Test("findings become a tool_use input when the request forces a tool, text otherwise")
    func anthropicFindingsShape() async throws {
        try await Support.withFakeLLM { llm in
            llm.setUsage(.fixed(input: 7, output: 3))
            llm.enqueue(.findings(json: #"{"findings":[]}"#), times: 2, api: .anthropic)
            let url = llm.anthropicBaseURL + "/v1/messages"
            let withTool = #"{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"hi"}],"tools":[{"name":"report_findings","input_schema":{"type":"object"}}],"tool_choice":{"type":"tool","name":"report_findings"}}"#

            let forced = try await post(url, withTool, headers: Self.version)
            #expect(forced.json?["stop_reason"] == "tool_use")
            #expect(forced.json?["content"]?[0]?["type"] == "tool_use")
            #expect(forced.json?["content"]?[0]?["name"] == "report_findings")
            #expect(forced.json?["content"]?[0]?["input"] == ["findings": []])
            #expect(forced.json?["usage"] == ["input_tokens": 7, "output_tokens": 3])

            let plain = try await post(url, Self.validAnthropic, headers: Self.version)
            #expect(plain.json?["stop_reason"] == "end_turn")
            #expect(plain.json?["content"]?[0] == ["type": "text", "text": #"{"findings":[]}"#])
        }
    }

    @Test("a key is required once set: 401 in each API's shape")
    func keys() async throws {
        try await Support.withFakeLLM { llm in
            llm.setAPIKey("sk-a", api: .openai)
            llm.setAPIKey("sk-b", api: .anthropic)
            let openAI = try await post(llm.baseURL + "/chat/completions", Self.validOpenAI, headers: [("Authorization", "Bearer sk-x")])
            #expect(openAI.status == 401)
            #expect(openAI.json?["error"]?["code"] == "invalid_api_key")
            let good = try await post(llm.baseURL + "/chat/completions", Self.validOpenAI, headers: [("Authorization", "Bearer sk-a")])
            #expect(good.status == 200)
            let anthropic = try await post(
                llm.anthropicBaseURL + "/v1/messages", Self.validAnthropic, headers: Self.version + [("x-api-key", "sk-a")]
            )
            #expect(anthropic.status == 401)
            #expect(anthropic.json?["error"]?["type"] == "authentication_error")
            #expect(llm.requests().map(\.authorization) == ["Bearer sk-x", "Bearer sk-a", nil])
        }
    }

    @Test("unknown paths are 404")
    func unknownPath() async throws {
        try await Support.withFakeLLM { llm in
            let (status, _) = try await post(llm.baseURL + "/completions", Self.validOpenAI)
            #expect(status == 404)
            #expect(llm.requests().first?.api == .openai)
        }
    }
}
