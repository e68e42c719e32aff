/// What a handler answers: a status, headers and body bytes.
struct FakeResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON response.
    static func json(_ status: Int, _ value: JSON, headers: [(name: String, value: String)] = []) -> FakeResponse {
        FakeResponse(
            status: status, headers: [("content-type", "application/json; charset=utf-8")] + headers, body: value.bytes
        )
    }

    /// A text or raw-bytes response.
    static func bytes(_ status: Int, _ body: [UInt8], contentType: String) -> FakeResponse {
        FakeResponse(status: status, headers: [("content-type", contentType)], body: body)
    }

    /// A response with a `{"message": ...}` body, the error shape all three hosts share.
    static func message(_ status: Int, _ message: String) -> FakeResponse {
        .json(status, ["message": .string(message)])
    }

    /// Adds a header.
    func adding(_ name: String, _ value: String) -> FakeResponse {
        var copy = self
        copy.headers.append((name, value))
        return copy
    }
}
