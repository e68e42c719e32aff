/// The Chat Completions wire format: the request body and the answer's fields.
enum OpenAIWire {
    /// The `json_schema.name` of structured output.
    static let schemaName = "review_findings"

    /// The request body: model, [system, user], temperature, max_tokens, and `response_format` when asked.
    static func body(_ request: LLMRequest, responseFormat: Bool) throws(LLMError) -> WireJSON {
        var body: [String: WireJSON] = [
            "model": .string(request.model),
            "messages": .array([
                .object(["role": .string("system"), "content": .string(request.system)]),
                .object(["role": .string("user"), "content": .string(request.user)]),
            ]),
            "max_tokens": .integer(request.maxOutputTokens),
        ]
        if request.temperature.isFinite { body["temperature"] = .number(request.temperature) }
        if responseFormat {
            body["response_format"] = .object([
                "type": .string("json_schema"),
                "json_schema": .object([
                    "name": .string(schemaName), "schema": try schema(request), "strict": .bool(false),
                ]),
            ])
        }
        return .object(body)
    }

    /// The answer schema as a JSON object.
    static func schema(_ request: LLMRequest) throws(LLMError) -> WireJSON {
        guard let schema = WireJSON.parse(request.schema), case .object = schema else {
            throw LLMError(kind: .rejected, message: "the answer schema is not a JSON object; nothing was sent")
        }
        return schema
    }

    /// Whether a 400 is the server refusing `response_format` (Ollama, llama.cpp and older vLLM name the field).
    static func mentionsResponseFormat(_ response: ProviderResponse) -> Bool {
        let text = response.text.lowercased()
        return text.contains("response_format") || text.contains("json_schema")
    }

    /// The completion in a 2xx answer, or the error of any other.
    static func completion(_ response: ProviderResponse, apiKey: String?) throws(LLMError) -> LLMCompletion {
        guard (200..<300).contains(response.status) else {
            throw ProviderErrors.error(for: response, apiKey: apiKey)
        }
        guard let json = response.json, case .object = json else {
            throw LLMError(kind: .invalidResponse, status: response.status, message: "the answer is not a JSON object")
        }
        guard let choice = json["choices"]?.array?.first, let message = choice["message"] else {
            throw LLMError(
                kind: .invalidResponse, status: response.status, message: "the answer has no choices[0].message"
            )
        }
        guard let content = message["content"]?.string else {
            if let refusal = message["refusal"]?.string {
                throw LLMError(
                    kind: .invalidResponse, status: response.status,
                    message: "the model refused: " + ProviderErrors.clip(ProviderErrors.scrub(refusal, apiKey: apiKey))
                )
            }
            throw LLMError(
                kind: .invalidResponse, status: response.status, message: "choices[0].message.content is not text"
            )
        }
        let usage = json["usage"]
        return LLMCompletion(
            text: content, inputTokens: usage?["prompt_tokens"]?.integer,
            outputTokens: usage?["completion_tokens"]?.integer,
            truncated: choice["finish_reason"]?.string == "length"
        )
    }
}
