import Foundation

/// Decodes a payload body in one pass and turns Foundation's decoding errors into ``WebhookDecodingError``s
/// that name the JSON path.
enum PayloadDecoding {
    /// Longest reason copied from Foundation's error text; its messages can quote large parts of the input.
    private static let maxReasonLength = 160

    /// Shared because it is never configured after creation; saves an allocation per delivery.
    private static let decoder = JSONDecoder()

    static func decode<T: Decodable>(
        _ type: T.Type, from body: Data, host: HostKind
    ) throws(WebhookDecodingError) -> T {
        guard !body.isEmpty else { throw .malformedJSON("empty body", host: host) }
        do {
            return try decoder.decode(T.self, from: body)
        } catch let error as DecodingError {
            throw map(error, body: body, host: host)
        } catch {
            throw .malformedJSON(short(String(describing: error)), host: host)
        }
    }

    static func map(_ error: DecodingError, body: Data, host: HostKind) -> WebhookDecodingError {
        switch error {
        case .keyNotFound(let key, let context):
            return .missingField(path(context.codingPath + [key]), host: host)
        case .valueNotFound(_, let context) where context.codingPath.isEmpty:
            return .wrongType("(root)", expected: "a JSON object", host: host)
        case .valueNotFound(_, let context):
            return .missingField(path(context.codingPath), host: host)
        case .typeMismatch(let type, let context):
            let expected = context.codingPath.isEmpty ? "a JSON object" : jsonName(of: type)
            return .wrongType(path(context.codingPath), expected: expected, host: host)
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return syntaxError(body, host: host) }
            let expected = "a usable value (\(short(reason(context))))"
            return .wrongType(path(context.codingPath), expected: expected, host: host)
        @unknown default:
            return .malformedJSON(short(String(describing: error)), host: host)
        }
    }

    /// Foundation's `JSONDecoder` reports every parse failure, and also a number it cannot convert or a string
    /// that is not UTF-8, as "not valid JSON" with no position. This runs only on that error path and asks
    /// `JSONSerialization` for the position; if it parses the body, the syntax is fine and a value was the problem.
    private static func syntaxError(_ body: Data, host: HostKind) -> WebhookDecodingError {
        do {
            _ = try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
            return .unreadableValue(host: host)
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            return .malformedJSON(short(reason ?? "the body is not valid JSON"), host: host)
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
