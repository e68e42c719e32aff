/// What the responder writes: a status, headers and body bytes.
struct FakeLLMAnswer: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    /// A JSON answer.
    static func json(_ status: Int, _ value: FakeLLMJSON, retryAfter: Int? = nil) -> FakeLLMAnswer {
        raw(status, value.bytes, retryAfter: retryAfter)
    }

    /// An answer whose body is `body` exactly, labelled JSON.
    static func raw(_ status: Int, _ body: [UInt8], retryAfter: Int? = nil) -> FakeLLMAnswer {
        var headers = [(name: "content-type", value: "application/json")]
        if let retryAfter { headers.append((name: "retry-after", value: String(retryAfter))) }
        return FakeLLMAnswer(status: status, headers: headers, body: body)
    }

    /// 200 with a body that stops mid-object.
    static let malformed = raw(200, Array(#"{"id": "broken", "choices": [{"message": {"content": "#.utf8))

    /// The usage figures `mode` reports for a request of `requestBytes` and an answer of `answer`.
    static func usage(_ mode: FakeLLMUsage, requestBytes: Int, answer: String) -> (input: Int, output: Int)? {
        switch mode {
        case .estimated: ((requestBytes + 3) / 4, (answer.utf8.count + 3) / 4)
        case .fixed(let input, let output): (input, output)
        case .omitted: nil
        }
    }
}
