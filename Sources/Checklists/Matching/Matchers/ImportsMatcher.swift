/// Flags imports of forbidden modules (prefix match on dotted components).
final class ImportsMatcher: FileMatcher {
    let modules: [String]
    let allow: [String]
    var needsPython: Bool { true }

    init(_ spec: ImportsSpec) {
        modules = spec.modules
        allow = spec.allow
    }

    static func covers(_ prefix: String, _ name: String) -> Bool {
        name == prefix || (name.hasPrefix(prefix) && name.utf8.dropFirst(prefix.utf8.count).first == UInt8(ascii: "."))
    }

    func hits(in file: FileContext, environment: EvaluationEnvironment) -> [Hit] {
        guard let index = file.index else { return [] }
        var hits: [Hit] = []
        for item in index.imports {
            let forbidden = [item.module, item.qualifiedName].contains { name in
                modules.contains { Self.covers($0, name) } && !allow.contains { Self.covers($0, name) }
            }
            if forbidden { hits.append(Hit(line: item.line)) }
        }
        return hits
    }
}
