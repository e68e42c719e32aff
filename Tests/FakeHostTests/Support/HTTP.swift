import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A response read in full, with JSON helpers for asserts.
struct TestResponse: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? { headers.first(name: name) }

    /// The body as a JSON object; an empty dictionary when it is not one.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
    }

    /// The body as a JSON array of objects; empty when it is not one.
    var array: [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [[String: Any]] ?? []
    }
}

/// Real HTTP over loopback with AsyncHTTPClient's shared client.
enum HTTP {
    static func send(
        _ method: HTTPMethod, _ url: String, headers: [(String, String)] = [], json: String? = nil,
        body: [UInt8]? = nil, contentType: String? = nil, timeout: TimeAmount = .seconds(30)
    ) async throws -> TestResponse {
        var request = HTTPClientRequest(url: url)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let json {
            request.headers.replaceOrAdd(name: "content-type", value: contentType ?? "application/json")
            request.body = .bytes(ByteBuffer(string: json))
        } else if let body {
            if let contentType { request.headers.replaceOrAdd(name: "content-type", value: contentType) }
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let buffer = try await response.body.collect(upTo: 64 << 20)
        return TestResponse(status: Int(response.status.code), headers: response.headers, body: Array(buffer.readableBytesView))
    }

    static func get(_ url: String, headers: [(String, String)] = []) async throws -> TestResponse {
        try await send(.GET, url, headers: headers)
    }
}

extension Dictionary where Key == String, Value == Any {
    /// `object["user", "login"]` → the nested string.
    subscript(path: String...) -> Any? {
        var current: Any? = self
        for key in path { current = (current as? [String: Any])?[key] }
        return current
    }
}
