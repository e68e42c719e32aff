import Foundation
import Yams

/// Typed reads of single values: each returns nil for a null (`key:` with nothing, `~`, `null`), so a missing
/// value takes the field's default, and throws with the key path and position for a value of the wrong type.
extension MemoryDecoder {
    /// The keys of a mapping in file order, with their values and key paths; records where each value sits.
    mutating func entries(_ map: Node.Mapping, at path: String) throws(MemoryDecodingError) -> [(String, Node, String)] {
        var result: [(String, Node, String)] = []
        for (keyNode, value) in map {
            guard case .scalar(let key) = keyNode else {
                throw error(at: keyNode, "keys must be plain text; found \(kind(of: keyNode)) as a key in `\(path.isEmpty ? "the top level" : path)`")
            }
            let keyPath = path.isEmpty ? key.string : "\(path).\(key.string)"
            marks[keyPath] = value.mark ?? key.mark
            result.append((key.string, value, keyPath))
        }
        return result
    }

    func mapping(_ node: Node, at path: String, expected: String) throws(MemoryDecodingError) -> Node.Mapping {
        guard case .mapping(let map) = node else { throw error(at: node, "\(expected); found \(kind(of: node))") }
        return map
    }

    /// Any scalar as text, as written (so `version: 1.3` and timestamps keep their characters).
    func string(_ node: Node, at path: String) throws(MemoryDecodingError) -> String? {
        if isNull(node) { return nil }
        guard case .scalar(let scalar) = node else {
            throw error(at: node, "`\(path)` must be text, found \(kind(of: node))")
        }
        return scalar.string
    }

    /// A list of text; null reads as empty.
    func strings(_ node: Node, at path: String) throws(MemoryDecodingError) -> [String] {
        if isNull(node) { return [] }
        guard case .sequence(let sequence) = node else {
            throw error(at: node, "`\(path)` must be a list, e.g. `[\"a\", \"b\"]`, found \(kind(of: node))")
        }
        var result: [String] = []
        for (index, item) in sequence.enumerated() {
            guard case .scalar(let scalar) = item, !isNull(item) else {
                throw error(at: item, "`\(path)[\(index)]` must be text, found \(kind(of: item))")
            }
            result.append(scalar.string)
        }
        return result
    }

    /// A whole number of 0 or more (`6`, or `6.0`).
    func count(_ node: Node, at path: String) throws(MemoryDecodingError) -> Int? {
        guard let text = try string(node, at: path) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Int(trimmed), value >= 0 { return value }
        if let value = Double(trimmed), value.isFinite, value >= 0, value.rounded() == value, value < 1e15 {
            return Int(value)
        }
        throw error(at: node, "`\(path)` must be a whole number of 0 or more, found `\(text)`")
    }

    /// A number between 0 and 1 (`0.85`, `1`).
    func fraction(_ node: Node, at path: String) throws(MemoryDecodingError) -> Double? {
        guard let text = try string(node, at: path) else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            throw error(at: node, "`\(path)` must be a number between 0 and 1, found `\(text)`")
        }
        guard (0...1).contains(value) else {
            throw error(at: node, "`\(path)` must be between 0 and 1, found \(text)")
        }
        return value
    }

    /// `true` / `false` (also YAML 1.1's `yes`, `no`, `on`, `off`).
    func bool(_ node: Node, at path: String) throws(MemoryDecodingError) -> Bool? {
        guard let text = try string(node, at: path) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(at: node, "`\(path)` must be true or false, found `\(text)`")
        }
    }

    /// Any value, kept as written for keys the bot does not know.
    func yamlValue(_ node: Node, at path: String) throws(MemoryDecodingError) -> YAMLValue {
        switch node {
        case .scalar(let scalar):
            if isNull(node) { return .null }
            return .scalar(scalar.string, plain: scalar.style == .plain)
        case .sequence(let sequence):
            var values: [YAMLValue] = []
            for (index, item) in sequence.enumerated() { values.append(try yamlValue(item, at: "\(path)[\(index)]")) }
            return .sequence(values)
        case .mapping(let map):
            var entries: [YAMLEntry] = []
            for (keyNode, value) in map {
                guard case .scalar(let key) = keyNode else {
                    throw error(at: keyNode, "keys must be plain text; found \(kind(of: keyNode)) as a key in `\(path)`")
                }
                entries.append(YAMLEntry(key: key.string, value: try yamlValue(value, at: "\(path).\(key.string)")))
            }
            return .mapping(entries)
        case .alias:
            throw error(at: node, "`\(path)` is an alias the bot cannot keep; write the value out")
        }
    }

    /// A plain `~`, `null` or nothing.
    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How a node reads in a message: `a list`, `a mapping`, or the scalar itself.
    func kind(of node: Node) -> String {
        switch node {
        case .scalar(let scalar): isNull(node) ? "nothing" : "`\(scalar.string.prefix(60))`"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    func error(at node: Node, _ message: String) -> MemoryDecodingError {
        MemoryDecodingError(path: path, line: node.mark?.line, column: node.mark?.column, message: message)
    }
}
