import Foundation

extension JSON: Decodable {
    init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var values: [JSON] = []
            while !array.isAtEnd { values.append(try array.decode(JSON.self)) }
            self = .array(values)
            return
        }
        if let object = try? decoder.container(keyedBy: AnyKey.self) {
            self = .object(try object.allKeys.map { Member(key: $0.stringValue, value: try object.decode(JSON.self, forKey: $0)) })
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let value = try? single.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? single.decode(Int.self) {
            self = .int(value)
        } else if let value = try? single.decode(Double.self) {
            self = .double(value)
        } else {
            self = .string(try single.decode(String.self))
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Parses a request body: JSON, or `application/x-www-form-urlencoded` with Rails-style
    /// `position[new_line]=3` nesting (GitLab accepts both). Nil when the bytes are neither.
    static func parseBody(_ bytes: [UInt8], contentType: String?) -> JSON? {
        if bytes.isEmpty { return .object([]) }
        if let contentType, contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            return parseForm(String(decoding: bytes, as: UTF8.self))
        }
        return try? JSONDecoder().decode(JSON.self, from: Data(bytes))
    }

    /// `a=1&position[new_line]=3` → `{"a": "1", "position": {"new_line": "3"}}` (values stay strings).
    static func parseForm(_ text: String) -> JSON {
        var root = JSON.object([])
        for pair in text.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = PercentDecoding.decode(parts[0], plusAsSpace: true)
            let value = parts.count > 1 ? PercentDecoding.decode(parts[1], plusAsSpace: true) : ""
            root.set(path: formKeyPath(key), to: .string(value))
        }
        return root
    }

    /// `position[line_range][start]` → `["position", "line_range", "start"]`.
    private static func formKeyPath(_ key: String) -> [String] {
        guard let open = key.firstIndex(of: "[") else { return [key] }
        var path = [String(key[..<open])]
        var rest = key[open...]
        while rest.first == "[", let close = rest.firstIndex(of: "]") {
            path.append(String(rest[rest.index(after: rest.startIndex)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return path
    }

    /// Sets a nested object member, creating objects on the way.
    mutating func set(path: [String], to value: JSON) {
        guard let first = path.first else {
            self = value
            return
        }
        guard case .object(var members) = self else { return }
        var child = members.last { $0.key == first }?.value ?? .object([])
        if path.count > 1, child.objectMembers == nil { child = .object([]) }
        child.set(path: Array(path.dropFirst()), to: value)
        members.removeAll { $0.key == first }
        members.append(Member(key: first, value: child))
        self = .object(members)
    }

    /// This object with `other`'s members added where this one has none (query params under a body).
    func merging(missingFrom other: JSON) -> JSON {
        guard case .object(var members) = self, case .object(let extra) = other else { return self }
        for member in extra where !members.contains(where: { $0.key == member.key }) {
            members.append(member)
        }
        return .object(members)
    }
}
