import Foundation

/// The Chat Completions side of the fake: request checks as the real API makes them, and answers in its shape.
enum OpenAIShape {
    static let path = "/v1/chat/completions"

    /// An error answer when the request would be refused, nil when it is valid.
    static func check(_ request: FakeLLMRequest, key: String?, rejectsResponseFormat: Bool) -> FakeLLMAnswer? {
        guard request.method == "POST", request.path == path else {
            return error(
                404, "Unknown request URL: \(request.method) \(request.path). Please check the URL for typos.",
                code: "unknown_url"
            )
        }
        if let key {
            guard let authorization = request.authorization else {
                return error(
                    401, "You didn't provide an API key. You need to provide your API key in an Authorization header "
                        + "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).", code: nil
                )
            }
            guard authorization == "Bearer \(key)" else {
                // The real API echoes a masked key; the fake echoes all of it, so tests prove the client scrubs it.
                let given = authorization.hasPrefix("Bearer ") ? String(authorization.dropFirst(7)) : authorization
                return error(401, "Incorrect API key provided: \(given).", code: "invalid_api_key")
            }
        }
        guard let body = request.json, case .object = body else {
            return error(400, "We could not parse the JSON body of your request.", code: nil)
        }
        guard let model = body["model"]?.string, !model.isEmpty else {
            return error(400, "you must provide a model parameter", code: nil, param: "model")
        }
        guard let messages = body["messages"]?.array, !messages.isEmpty else {
            return error(400, "[] is too short - 'messages'", code: "empty_array", param: "messages")
        }
        let roles: Set = ["system", "developer", "user", "assistant", "tool"]
        for (index, message) in messages.enumerated() {
            guard let role = message["role"]?.string, roles.contains(role) else {
                return error(400, "Invalid value for 'role'.", code: "invalid_value", param: "messages[\(index)].role")
            }
            guard message["content"]?.string != nil || message["content"]?.array != nil else {
                return error(400, "Invalid type for 'content'.", code: "invalid_type", param: "messages[\(index)].content")
            }
        }
        if let maxTokens = body["max_tokens"], (maxTokens.integer ?? 0) < 1 {
            return error(400, "Invalid 'max_tokens': expected an integer of at least 1.", code: nil, param: "max_tokens")
        }
        if let format = body["response_format"] {
            if rejectsResponseFormat {
                return error(400, "Unsupported param: response_format", code: nil, param: "response_format")
            }
            if let problem = responseFormatProblem(format) {
                return error(400, problem, code: "invalid_value", param: "response_format")
            }
        }
        return nil
    }

    private static func responseFormatProblem(_ format: FakeLLMJSON) -> String? {
        switch format["type"]?.string {
        case "text", "json_object": return nil
        case "json_schema":
            guard let schema = format["json_schema"] else { return "Missing required parameter: 'response_format.json_schema'." }
            guard let name = schema["name"]?.string, !name.isEmpty, name.count <= 64,
                  name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
            else { return "Invalid 'response_format.json_schema.name'." }
            guard schema["schema"]?.object != nil else { return "Invalid 'response_format.json_schema.schema'." }
            return nil
        default:
            return "Invalid value for 'response_format.type'."
        }
    }

    /// The answer for `reply` (not `.delay`, which the responder resolves).
    static func answer(_ reply: FakeLLMReply, to request: FakeLLMRequest, usage: FakeLLMUsage, id: Int) -> FakeLLMAnswer {
        switch reply {
        case .findings(let json):
            return completion(json, finish: "stop", request: request, usage: usage, id: id)
        case .text(let text, let truncated):
            return completion(text, finish: truncated ? "length" : "stop", request: request, usage: usage, id: id)
        case .status(let status, let body, let retryAfter):
            return .raw(status, Array(body.utf8), retryAfter: retryAfter)
        case .error(let status, let message, let retryAfter):
            return error(status, message, code: status == 429 ? "rate_limit_exceeded" : nil, retryAfter: retryAfter)
        case .malformedBody:
            return .malformed
        case .delay(_, let then):
            return answer(then, to: request, usage: usage, id: id)
        }
    }

    private static func completion(
        _ content: String, finish: String, request: FakeLLMRequest, usage mode: FakeLLMUsage, id: Int
    ) -> FakeLLMAnswer {
        var body: [String: FakeLLMJSON] = [
            "id": .string("chatcmpl-fake-\(id)"), "object": "chat.completion",
            "created": .integer(Int(Date().timeIntervalSince1970)),
            "model": request.json?["model"] ?? "unknown",
            "choices": [
                [
                    "index": 0, "message": ["role": "assistant", "content": .string(content), "refusal": .null],
                    "logprobs": .null, "finish_reason": .string(finish),
                ]
            ],
        ]
        if let usage = FakeLLMAnswer.usage(mode, requestBytes: request.body.utf8.count, answer: content) {
            body["usage"] = [
                "prompt_tokens": .integer(usage.input), "completion_tokens": .integer(usage.output),
                "total_tokens": .integer(usage.input + usage.output),
            ]
        }
        return .json(200, .object(body))
    }

    /// An error in the API's shape.
    static func error(
        _ status: Int, _ message: String, code: String?, param: String? = nil, retryAfter: Int? = nil
    ) -> FakeLLMAnswer {
        let type =
            switch status {
            case 429: "requests"
            case 500...: "server_error"
            default: "invalid_request_error"
            }
        let error: FakeLLMJSON = [
            "message": .string(message), "type": .string(type), "param": param.map(FakeLLMJSON.string) ?? .null,
            "code": code.map(FakeLLMJSON.string) ?? .null,
        ]
        return .json(status, ["error": error], retryAfter: retryAfter)
    }
}
