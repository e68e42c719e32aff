import Foundation

/// A host API response whose body has been read completely.
public struct HostResponse: Sendable {
    /// The HTTP status.
    public var status: Int
    /// The headers.
    public var headers: ResponseHeaders
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: ResponseHeaders, body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The host's own explanation of an error: `message` (plus string `errors`) from a JSON body, or the start of
    /// a text body. Hosts never echo credentials there.
    public var errorMessage: String? {
        guard !body.isEmpty else { return nil }
        if let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] {
            var parts: [String] = []
            if let message = object["message"] as? String {
                parts.append(message)
            } else if let message = object["message"],
                      let data = try? JSONSerialization.data(withJSONObject: message, options: [.sortedKeys]) {
                parts.append(String(decoding: data, as: UTF8.self))
            } else if let error = object["error"] as? String {
                parts.append(error)
            }
            if let errors = object["errors"] as? [String] {
                parts.append(contentsOf: errors)
            } else if let errors = object["errors"] as? [[String: Any]] {
                parts.append(contentsOf: errors.compactMap { $0["message"] as? String })
            }
            if !parts.isEmpty { return Self.clip(parts.joined(separator: ": ")) }
        }
        return Self.clip(String(decoding: body.prefix(400), as: UTF8.self))
    }

    static func clip(_ text: String, to limit: Int = 300) -> String {
        let oneLine = text.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        return oneLine.count <= limit ? oneLine : String(oneLine.prefix(limit)) + "…"
    }
}
