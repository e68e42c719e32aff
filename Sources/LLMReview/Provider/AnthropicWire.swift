/// The Messages API wire format: the request body and the answer's fields.
enum AnthropicWire {
    /// The `anthropic-version` header.
    static let version = "2023-06-01"
    /// The forced tool of structured output.
    static let toolName = "report_findings"

    /// The request body: model, max_tokens, temperature, system, one user message, and the forced tool when asked.
    static func body(_ request: LLMRequest) throws(LLMError) -> WireJSON {
        var body: [String: WireJSON] = [
            "model": .string(request.model),
            "max_tokens": .integer(request.maxOutputTokens),
            "system": .string(request.system),
            "messages": .array([.object(["role": .string("user"), "content": .string(request.user)])]),
        ]
        if request.temperature.isFinite { body["temperature"] = .number(request.temperature) }
        if request.structuredOutput {
            body["tools"] = .array([
                .object([
                    "name": .string(toolName),
                    "description": .string("Report the review findings as the answer schema describes."),
                    "input_schema": try OpenAIWire.schema(request),
                ])
            ])
            body["tool_choice"] = .object(["type": .string("tool"), "name": .string(toolName)])
        }
        return .object(body)
    }

    /// The completion in a 2xx answer, or the error of any other.
    static func completion(_ response: ProviderResponse, apiKey: String?) throws(LLMError) -> LLMCompletion {
        guard (200..<300).contains(response.status) else {
            throw ProviderErrors.error(for: response, apiKey: apiKey)
        }
        guard let json = response.json, case .object = json, let blocks = json["content"]?.array else {
            throw LLMError(
                kind: .invalidResponse, status: response.status, message: "the answer has no content array"
            )
        }
        let text: String
        if let tool = blocks.first(where: { $0["type"]?.string == "tool_use" && $0["name"]?.string == toolName })
            ?? blocks.first(where: { $0["type"]?.string == "tool_use" })
        {
            guard let input = tool["input"] else {
                throw LLMError(kind: .invalidResponse, status: response.status, message: "the tool_use block has no input")
            }
            text = input.text
        } else {
            text = blocks.filter { $0["type"]?.string == "text" }.compactMap { $0["text"]?.string }.joined()
        }
        let usage = json["usage"]
        return LLMCompletion(
            text: text, inputTokens: usage?["input_tokens"]?.integer, outputTokens: usage?["output_tokens"]?.integer,
            truncated: json["stop_reason"]?.string == "max_tokens"
        )
    }
}
