/// One HTTP answer from a provider: status, headers (names lowercased) and the whole body.
struct ProviderResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    /// The first value of header `name` (lowercase).
    func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// The body parsed as JSON; nil when it is not JSON.
    var json: WireJSON? {
        WireJSON.parse(body)
    }

    /// The body as text, for the error messages of answers that are not JSON.
    var text: String {
        String(decoding: body, as: UTF8.self)
    }
}
