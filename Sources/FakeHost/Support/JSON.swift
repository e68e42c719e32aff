import Foundation

/// A JSON value whose objects keep their key order, so responses read like the real hosts' and
/// `null` fields are written out (as the real APIs do) instead of being dropped like `Codable` nils.
///
/// ```swift
/// let user: JSON = ["login": .string(login), "id": 7, "type": "User"]
/// ```
enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([Member])

    /// One key and value of an object, in source order.
    struct Member: Sendable, Equatable {
        var key: String
        var value: JSON
    }

    /// `.string(value)` or `.null`.
    static func string(_ value: String?) -> JSON { value.map { .string($0) } ?? .null }
    /// `.int(value)` or `.null`.
    static func int(_ value: Int?) -> JSON { value.map { .int($0) } ?? .null }

    /// The value under `key` of an object; nil for other values and missing keys.
    subscript(key: String) -> JSON? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The text of a string value.
    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The value of an integer (a whole double counts too, as JSON has one number type).
    var intValue: Int? {
        switch self {
        case .int(let value): return value
        case .double(let value) where value.rounded() == value && abs(value) < 1e15: return Int(value)
        default: return nil
        }
    }

    /// An integer or a string holding one: GitLab (Grape) coerces form and JSON values alike.
    var coercedInt: Int? {
        if let value = intValue { return value }
        if case .string(let text) = self { return Int(text.trimmingCharacters(in: .whitespaces)) }
        return nil
    }

    /// The value of a boolean.
    var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements of an array.
    var arrayValue: [JSON]? {
        if case .array(let values) = self { return values }
        return nil
    }

    /// The members of an object.
    var objectMembers: [Member]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// Whether this is JSON `null`.
    var isNull: Bool { self == .null }
}

extension JSON: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, JSON)...) {
        self = .object(elements.map { Member(key: $0.0, value: $0.1) })
    }
}

extension JSON: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: JSON...) {
        self = .array(elements)
    }
}

extension JSON: ExpressibleByStringLiteral {
    init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension JSON: ExpressibleByIntegerLiteral {
    init(integerLiteral value: Int) {
        self = .int(value)
    }
}

extension JSON: ExpressibleByBooleanLiteral {
    init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}
