import Foundation

/// A JSON value, for asserting on request bodies exactly: `request.json == FakeLLMJSON.parse(expected)`.
///
/// Integers and fractional numbers are distinct (`1` is not `1.0`), objects compare regardless of key order.
public enum FakeLLMJSON: Sendable, Hashable, Codable, CustomStringConvertible {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([FakeLLMJSON])
    case object([String: FakeLLMJSON])

    /// Parses `text`; nil when it is not one JSON value.
    public static func parse(_ text: String) -> FakeLLMJSON? {
        parse(Array(text.utf8))
    }

    /// Parses `bytes`; nil when they are not one JSON value.
    public static func parse(_ bytes: [UInt8]) -> FakeLLMJSON? {
        try? JSONDecoder().decode(FakeLLMJSON.self, from: Data(bytes))
    }

    /// The member `key` of an object; nil for other values or a missing key.
    public subscript(key: String) -> FakeLLMJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// Element `index` of an array; nil for other values or an index out of range.
    public subscript(index: Int) -> FakeLLMJSON? {
        if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
        return nil
    }

    /// The string, if this is one.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, if this is one.
    public var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The elements, if this is an array.
    public var array: [FakeLLMJSON]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The members, if this is an object.
    public var object: [String: FakeLLMJSON]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// Compact JSON with sorted keys.
    public var description: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// ``description`` as bytes.
    var bytes: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? Array(encoder.encode(self))) ?? Array("null".utf8)
    }

    public init(from decoder: any Decoder) throws {
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
        } else if let value = try? container.decode([FakeLLMJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: FakeLLMJSON].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
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
}

extension FakeLLMJSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(arrayLiteral elements: FakeLLMJSON...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, FakeLLMJSON)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
    }
}
