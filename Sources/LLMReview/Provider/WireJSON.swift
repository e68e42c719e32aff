import Foundation

/// A JSON value as the providers' wire formats carry it: request bodies are built from it (the answer schema is
/// embedded as a value, not as a string) and Anthropic's `tool_use.input` is re-encoded from it.
///
/// Integers stay integers (`"line": 12` is not re-encoded as `12.0`), and objects are encoded with sorted keys so
/// a request body is the same bytes every time.
enum WireJSON: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([WireJSON])
    case object([String: WireJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([WireJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: WireJSON].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// Parses `bytes`; nil when they are not one JSON value.
    static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> WireJSON? {
        try? JSONDecoder().decode(WireJSON.self, from: Data(bytes))
    }

    /// Parses `text`; nil when it is not one JSON value.
    static func parse(_ text: String) -> WireJSON? {
        parse(Array(text.utf8))
    }

    /// The compact encoding, keys sorted, slashes unescaped.
    var encoded: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a value built of these cases cannot fail: there are no non-finite numbers in wire JSON
        // (the decoder rejects them) and the request builders only use finite temperatures.
        return (try? Array(encoder.encode(self))) ?? Array("null".utf8)
    }

    /// ``encoded`` as text.
    var text: String {
        String(decoding: encoded, as: UTF8.self)
    }

    /// The member `key` of an object; nil for other values or a missing key.
    subscript(key: String) -> WireJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string value, if this is one.
    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer value, if this is one (a number with no fraction counts).
    var integer: Int? {
        switch self {
        case .integer(let value): value
        case .number(let value) where value.rounded() == value && abs(value) < 1e15: Int(value)
        default: nil
        }
    }

    /// The elements, if this is an array.
    var array: [WireJSON]? {
        if case .array(let value) = self { return value }
        return nil
    }
}
