import Foundation

/// Decodes a payload body in one pass and turns Foundation's decoding errors into ``WebhookDecodingError``s
/// that name the JSON path.
enum PayloadDecoding {
    /// Longest reason copied from Foundation's error text; its messages can quote large parts of the input.
    private static let maxReasonLength = 160

    static func decode<T: Decodable>(_ type: T.Type, from body: Data, host: HostKind) throws(WebhookDecodingError) -> T {
        guard !body.isEmpty else { throw .malformedJSON("empty body", host: host) }
        do {
            return try JSONDecoder().decode(T.self, from: body)
        } catch let error as DecodingError {
            throw map(error, host: host)
        } catch {
            throw .malformedJSON(short(String(describing: error)), host: host)
        }
    }

    static func map(_ error: DecodingError, host: HostKind) -> WebhookDecodingError {
        switch error {
        case .keyNotFound(let key, let context):
            return .missingField(path(context.codingPath + [key]), host: host)
        case .valueNotFound(_, let context):
            return .missingField(path(context.codingPath), host: host)
        case .typeMismatch(let type, let context):
            return .wrongType(path(context.codingPath), expected: jsonName(of: type), host: host)
        case .dataCorrupted(let context):
            // An empty path means the document itself failed to parse; otherwise a value was unusable
            // (for example a number too large for an Int).
            if context.codingPath.isEmpty {
                return .malformedJSON(short(reason(context)), host: host)
            }
            return .wrongType(path(context.codingPath), expected: "a usable value (\(short(reason(context))))", host: host)
        @unknown default:
            return .malformedJSON(short(String(describing: error)), host: host)
        }
    }

    static func path(_ codingPath: [any CodingKey]) -> String {
        var result = ""
        for key in codingPath {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return result.isEmpty ? "(root)" : result
    }

    private static func jsonName(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "an integer"
        case is Bool.Type: "a boolean"
        case is Double.Type: "a number"
        default: "an object of the expected shape"
        }
    }

    private static func reason(_ context: DecodingError.Context) -> String {
        if let underlying = context.underlyingError {
            return "\(context.debugDescription) (\(underlying))"
        }
        return context.debugDescription
    }

    private static func short(_ text: String) -> String {
        let line = text.replacingOccurrences(of: "\n", with: " ")
        return line.count > maxReasonLength ? String(line.prefix(maxReasonLength)) + "…" : line
    }
}

/// A body that only needs to be valid JSON: it is parsed (so malformed bodies are rejected the same way for
/// every event) and its optional `action` read for the ignore reason.
struct ActionOnlyPayload: Decodable {
    let action: String?

    init(from decoder: any Decoder) throws {
        // A JSON array or scalar is still valid JSON; only objects can carry an action.
        if let container = try? decoder.container(keyedBy: CodingKeys.self) {
            action = try? container.decodeIfPresent(String.self, forKey: .action)
        } else {
            action = nil
        }
    }

    private enum CodingKeys: String, CodingKey { case action }
}

/// Helpers for required fields that are optional in the payload structs, so an event the bot ignores never
/// fails on fields it does not need.
extension Optional {
    func required(_ path: @autoclosure () -> String, host: HostKind) throws(WebhookDecodingError) -> Wrapped {
        guard let value = self else { throw .missingField(path(), host: host) }
        return value
    }
}
