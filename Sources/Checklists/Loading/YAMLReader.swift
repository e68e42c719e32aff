import Foundation
import ReviewCore
import Yams

/// Reads composed YAML nodes field by field, collecting every problem with its line instead of
/// stopping at the first one, so the linter can report them all at once.
struct YAMLReader {
    let file: String
    var ruleID: String?
    var diagnostics: [LintDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    static func line(_ node: Node?) -> Int { node?.mark?.line ?? 0 }

    mutating func report(_ line: Int, _ field: String?, _ message: String) {
        diagnostics.append(LintDiagnostic(file: file, line: line, ruleID: ruleID, field: field, message: message))
    }

    /// The pairs of a mapping, keyed by their scalar keys; reports a wrong type and unknown keys.
    mutating func fields(_ node: Node, _ field: String, allowed: Set<String>) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report(Self.line(node), field.isEmpty ? nil : field, "expected a mapping")
            return nil
        }
        var values: [String: Node] = [:]
        var keyLines: [String: Int] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                report(Self.line(key), field.isEmpty ? nil : field, "keys must be plain strings")
                continue
            }
            let path = field.isEmpty ? name : "\(field).\(name)"
            if !allowed.contains(name) {
                report(Self.line(key), path, "unknown key '\(name)'; expected one of: \(allowed.sorted().joined(separator: ", "))")
                continue
            }
            if values[name] != nil { report(Self.line(key), path, "duplicate key '\(name)'") }
            values[name] = value
            keyLines[name] = Self.line(key)
        }
        return Fields(path: field, line: Self.line(node), values: values)
    }

    mutating func string(_ fields: Fields, _ key: String, required: Bool = false) -> String? {
        guard let node = fields.values[key] else {
            if required { report(fields.line, fields.path(key), "missing required field '\(key)'") }
            return nil
        }
        guard let scalar = node.scalar else {
            report(Self.line(node), fields.path(key), "expected a string")
            return nil
        }
        // A byte scan: Foundation's trimmingCharacters was a third of the bundled load time.
        if required && scalar.string.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            report(Self.line(node), fields.path(key), "must not be empty")
            return nil
        }
        return scalar.string
    }

    /// A list of strings; a single string is accepted as a one-element list.
    mutating func strings(_ fields: Fields, _ key: String, required: Bool = false) -> [String]? {
        guard let node = fields.values[key] else {
            if required { report(fields.line, fields.path(key), "missing required field '\(key)'") }
            return nil
        }
        if let scalar = node.scalar { return [scalar.string] }
        guard case .sequence(let sequence) = node else {
            report(Self.line(node), fields.path(key), "expected a list of strings")
            return nil
        }
        var result: [String] = []
        for (offset, item) in sequence.enumerated() {
            guard let scalar = item.scalar else {
                report(Self.line(item), "\(fields.path(key))[\(offset)]", "expected a string")
                continue
            }
            result.append(scalar.string)
        }
        if required && result.isEmpty { report(Self.line(node), fields.path(key), "must not be empty") }
        return result
    }

    mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
        guard let node = fields.values[key] else { return nil }
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            report(Self.line(node), fields.path(key), "expected true or false")
            return nil
        }
    }

    mutating func int(_ fields: Fields, _ key: String) -> Int? {
        guard let node = fields.values[key] else { return nil }
        guard let text = node.scalar?.string, let value = Int(text), value >= 0 else {
            report(Self.line(node), fields.path(key), "expected a non-negative integer")
            return nil
        }
        return value
    }

    /// `{en: ..., es: ...}`, both required and non-empty.
    mutating func localized(_ node: Node, _ field: String) -> LocalizedText? {
        guard let map = fields(node, field, allowed: ["en", "es"]) else { return nil }
        let en = string(map, "en", required: true)
        let es = string(map, "es", required: true)
        guard let en, let es else { return nil }
        return LocalizedText(en: en, es: es)
    }

    mutating func localized(_ fields: Fields, _ key: String, required: Bool) -> LocalizedText? {
        guard let node = fields.values[key] else {
            if required { report(fields.line, fields.path(key), "missing required field '\(key)' (a map with 'en' and 'es')") }
            return nil
        }
        return localized(node, fields.path(key))
    }

    /// Items of a sequence field, with their field paths.
    mutating func sequence(_ fields: Fields, _ key: String, required: Bool = false) -> [(Node, String)]? {
        guard let node = fields.values[key] else {
            if required { report(fields.line, fields.path(key), "missing required field '\(key)'") }
            return nil
        }
        guard case .sequence(let sequence) = node else {
            report(Self.line(node), fields.path(key), "expected a list")
            return nil
        }
        return sequence.enumerated().map { ($0.element, "\(fields.path(key))[\($0.offset)]") }
    }

    mutating func validateGlobs(_ globs: [String]?, _ fields: Fields, _ key: String) {
        for glob in globs ?? [] {
            do { _ = try Glob(glob) } catch { report(fields.line(key), fields.path(key), "invalid glob '\(glob)': \(error.message)") }
        }
    }

    mutating func validateNames(_ names: [String]?, _ fields: Fields, _ key: String) {
        for name in names ?? [] {
            do { _ = try NamePatterns([name]) } catch {
                report(fields.line(key), fields.path(key), "invalid name pattern '\(name)': \(error.message)")
            }
        }
    }

    mutating func validateRegex(_ pattern: String?, _ fields: Fields, _ key: String) {
        guard let pattern, let problem = CompiledRegex.problem(in: pattern) else { return }
        report(fields.line(key), fields.path(key), problem)
    }
}

/// The known keys of one mapping.
struct Fields {
    var path: String
    var line: Int
    var values: [String: Node]

    func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    func line(_ key: String) -> Int { YAMLReader.line(values[key]).nonZero ?? line }
    func has(_ key: String) -> Bool { values[key] != nil }
}

extension Int {
    fileprivate var nonZero: Int? { self == 0 ? nil : self }
}
