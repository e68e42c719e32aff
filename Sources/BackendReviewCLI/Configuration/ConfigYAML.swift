import Foundation
import Yams

/// Reads the YAML file into dotted keys with their lines; unknown keys, duplicates and non-scalar values are
/// errors at their line, all collected.
struct ConfigYAML {
    /// One value from the file.
    struct Entry: Sendable {
        var text: String
        var line: Int
    }

    var entries: [String: Entry] = [:]
    var diagnostics: [ConfigDiagnostic] = []
    let path: String

    /// Parses `text` (the contents of `path`) against the known keys.
    init(path: String, text: String, keys: [ConfigKey] = ConfigKey.all) {
        self.path = path
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            let (problem, line) = Self.summary(error)
            diagnostics.append(.error("(file)", "not valid YAML: \(problem)", at: .file(path: path, line: line)))
            return
        }
        guard let root else { return }  // an empty file sets nothing
        walk(root, prefix: "", keys: Set(keys.map(\.path)))
    }

    private mutating func walk(_ node: Node, prefix: String, keys: Set<String>) {
        let section = prefix.isEmpty ? "the top level" : "'\(prefix)'"
        guard case .mapping(let mapping) = node else {
            diagnostics.append(.error(prefix.isEmpty ? "(file)" : prefix, "expected a mapping of keys", at: at(node)))
            return
        }
        let children = Self.children(of: prefix, in: keys)
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            guard let name = keyNode.scalar?.string else {
                diagnostics.append(.error(prefix.isEmpty ? "(file)" : prefix, "keys must be plain strings", at: at(keyNode)))
                continue
            }
            let path = prefix.isEmpty ? name : "\(prefix).\(name)"
            guard children.contains(name) else {
                diagnostics.append(.error(
                    path, "unknown key '\(name)' in \(section); expected one of: \(children.sorted().joined(separator: ", "))",
                    at: at(keyNode)
                ))
                continue
            }
            guard seen.insert(name).inserted else {
                diagnostics.append(.error(path, "duplicate key '\(name)'", at: at(keyNode)))
                continue
            }
            if keys.contains(path) {
                leaf(value, path: path)
            } else {
                walk(value, prefix: path, keys: keys)
            }
        }
    }

    private mutating func leaf(_ node: Node, path: String) {
        guard let scalar = node.scalar else {
            diagnostics.append(.error(path, "expected a single value, not a list or mapping", at: at(node)))
            return
        }
        // `key:`, `key: ~` and `key: null` leave the key unset, like omitting it.
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return }
        entries[path] = Entry(text: scalar.string, line: node.mark?.line ?? 0)
    }

    private func at(_ node: Node) -> ValueSource {
        .file(path: path, line: node.mark?.line ?? 0)
    }

    /// The names directly under `prefix` among `keys`: `server` → `bind`, `port`, ….
    static func children(of prefix: String, in keys: Set<String>) -> Set<String> {
        let start = prefix.isEmpty ? "" : prefix + "."
        return Set(keys.filter { $0.hasPrefix(start) }.map { String($0.dropFirst(start.count).prefix { $0 != "." }) })
    }

    /// The problem and its line, without the YAML text the error also carries (it may hold a secret).
    private static func summary(_ error: any Error) -> (String, Int) {
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
            YamlError.parser(let context, let problem, let mark, _),
            YamlError.composer(let context, let problem, let mark, _):
            let context = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return ("\(problem)\(context), column \(mark.column)", mark.line)
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            return ("duplicate key \(duplicates.sorted().joined(separator: ", "))", context.mark.line)
        case YamlError.reader(let problem, _, _, _):
            return (problem, 0)
        default:
            return ("the file could not be parsed", 0)
        }
    }
}
