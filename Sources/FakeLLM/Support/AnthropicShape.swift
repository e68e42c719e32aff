/// The Messages side of the fake: request checks as the real API makes them, and answers in its shape.
enum AnthropicShape {
    static let prefix = "/anthropic"
    static let path = "/anthropic/v1/messages"

    /// An error answer when the request would be refused, nil when it is valid.
    static func check(_ request: FakeLLMRequest, key: String?) -> FakeLLMAnswer? {
        guard request.method == "POST", request.path == path else {
            return error(404, "Not Found")
        }
        if let key {
            guard let given = request.apiKeyHeader else { return error(401, "x-api-key header is required") }
            guard given == key else { return error(401, "invalid x-api-key") }
        }
        guard request.header("anthropic-version") != nil else {
            return error(400, "anthropic-version: header is required")
        }
        guard let body = request.json, case .object = body else {
            return error(400, "There was an error parsing the body of your request: it is not a JSON object")
        }
        guard let model = body["model"]?.string, !model.isEmpty else { return error(400, "model: Field required") }
        guard let maxTokens = body["max_tokens"] else { return error(400, "max_tokens: Field required") }
        guard let cap = maxTokens.integer, cap >= 1 else {
            return error(400, "max_tokens: Input should be a valid integer greater than or equal to 1")
        }
        guard let messages = body["messages"]?.array, !messages.isEmpty else {
            return error(400, "messages: at least one message is required")
        }
        for (index, message) in messages.enumerated() {
            guard let role = message["role"]?.string, role == "user" || role == "assistant" else {
                return error(
                    400, "messages.\(index).role: Unexpected role \"\(message["role"]?.string ?? "")\". The Messages API "
                        + "accepts a top-level `system` parameter, not \"system\" as an input message role."
                )
            }
            guard message["content"]?.string != nil || message["content"]?.array != nil else {
                return error(400, "messages.\(index).content: Field required")
            }
        }
        if messages.first?["role"]?.string != "user" {
            return error(400, "messages: first message must use the \"user\" role")
        }
        if let system = body["system"], system.string == nil, system.array == nil {
            return error(400, "system: Input should be a valid string")
        }
        return toolProblem(body).map { error(400, $0) }
    }

    private static func toolProblem(_ body: FakeLLMJSON) -> String? {
        let tools = body["tools"]?.array ?? []
        for (index, tool) in tools.enumerated() {
            guard tool["name"]?.string?.isEmpty == false else { return "tools.\(index).name: Field required" }
            guard tool["input_schema"]?["type"]?.string == "object" else {
                return "tools.\(index).input_schema: Input schema must have type \"object\""
            }
        }
        guard let choice = body["tool_choice"] else { return nil }
        switch choice["type"]?.string {
        case "auto", "any", "none": return nil
        case "tool":
            let name = choice["name"]?.string ?? ""
            return tools.contains { $0["name"]?.string == name } ? nil : "tool_choice: Tool '\(name)' not found in tools"
        default: return "tool_choice.type: Input should be 'auto', 'any', 'tool' or 'none'"
        }
    }

    /// The answer for `reply` (not `.delay`, which the responder resolves).
    static func answer(_ reply: FakeLLMReply, to request: FakeLLMRequest, usage: FakeLLMUsage, id: Int) -> FakeLLMAnswer {
        switch reply {
        case .findings(let json):
            if let tool = forcedTool(request), let input = FakeLLMJSON.parse(json), input.object != nil {
                let block: FakeLLMJSON = [
                    "type": "tool_use", "id": .string("toolu_fake_\(id)"), "name": .string(tool), "input": input,
                ]
                return message([block], stop: "tool_use", answerText: json, request: request, usage: usage, id: id)
            }
            return message([textBlock(json)], stop: "end_turn", answerText: json, request: request, usage: usage, id: id)
        case .text(let text, let truncated):
            return message(
                [textBlock(text)], stop: truncated ? "max_tokens" : "end_turn", answerText: text, request: request,
                usage: usage, id: id
            )
        case .status(let status, let body, let retryAfter):
            return .raw(status, Array(body.utf8), retryAfter: retryAfter)
        case .error(let status, let message, let retryAfter):
            return error(status, message, retryAfter: retryAfter)
        case .malformedBody:
            return .malformed
        case .delay(_, let then):
            return answer(then, to: request, usage: usage, id: id)
        }
    }

    /// The tool the request names in `tool_choice`, else its only tool, else nil.
    private static func forcedTool(_ request: FakeLLMRequest) -> String? {
        guard let body = request.json, let tools = body["tools"]?.array, !tools.isEmpty else { return nil }
        if let named = body["tool_choice"]?["name"]?.string { return named }
        return tools.count == 1 ? tools[0]["name"]?.string : nil
    }

    private static func textBlock(_ text: String) -> FakeLLMJSON {
        ["type": "text", "text": .string(text)]
    }

    private static func message(
        _ content: [FakeLLMJSON], stop: String, answerText: String, request: FakeLLMRequest, usage mode: FakeLLMUsage,
        id: Int
    ) -> FakeLLMAnswer {
        var body: [String: FakeLLMJSON] = [
            "id": .string("msg_fake_\(id)"), "type": "message", "role": "assistant",
            "model": request.json?["model"] ?? "unknown", "content": .array(content), "stop_reason": .string(stop),
            "stop_sequence": .null,
        ]
        if let usage = FakeLLMAnswer.usage(mode, requestBytes: request.body.utf8.count, answer: answerText) {
            body["usage"] = ["input_tokens": .integer(usage.input), "output_tokens": .integer(usage.output)]
        }
        return .json(200, .object(body))
    }

    /// An error in the API's shape: `{"type": "error", "error": {"type", "message"}}`.
    static func error(_ status: Int, _ message: String, retryAfter: Int? = nil) -> FakeLLMAnswer {
        let type =
            switch status {
            case 400: "invalid_request_error"
            case 401: "authentication_error"
            case 403: "permission_error"
            case 404: "not_found_error"
            case 413: "request_too_large"
            case 429: "rate_limit_error"
            case 529: "overloaded_error"
            default: "api_error"
            }
        let body: FakeLLMJSON = ["type": "error", "error": ["type": .string(type), "message": .string(message)]]
        return .json(status, body, retryAfter: retryAfter)
    }
}
