import Foundation
import Hosts

extension HostHTTPClient {
    /// Sends `request` and decodes the response body as `T`.
    ///
    /// - Throws: ``HostAPIError`` as ``send(_:)`` does, and ``HostAPIError/Kind/invalidResponse`` when the body
    ///   does not decode.
    public func json<T: Decodable>(_ request: HostRequest, as type: T.Type = T.self) async throws -> T {
        let response = try await send(request)
        return try decode(type, from: response, request: request)
    }

    /// Decodes a response body, mapping a mismatch to ``HostAPIError/Kind/invalidResponse`` (logged once).
    func decode<T: Decodable>(_ type: T.Type, from response: HostResponse, request: HostRequest) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(response.body))
        } catch {
            let failure = HostAPIError(
                kind: .invalidResponse, status: response.status, request: request.summary,
                message: "response is not the documented \(T.self) JSON: \(Self.describe(error))"
            )
            logger.warning(
                "host API response not understood",
                metadata: [
                    "host.name": "\(host)", "host.request": "\(request.summary)", "host.error": "invalidResponse",
                    "host.message": "\(failure.message)",
                ]
            )
            throw failure
        }
    }

    /// A short, path-only account of a decoding error (never the body, which may be large).
    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not JSON" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "top level" : keys.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context): return "wrong type at \(path(context))"
        case .valueNotFound(_, let context): return "null at \(path(context))"
        case .dataCorrupted(let context): return "malformed at \(path(context))"
        @unknown default: return "undecodable"
        }
    }
}

/// JSON request bodies: sorted keys, so bodies are byte-for-byte reproducible in tests and logs of the host.
enum JSONBody {
    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        return (try? Array(encoder.encode(value))) ?? Array("{}".utf8)
    }
}
