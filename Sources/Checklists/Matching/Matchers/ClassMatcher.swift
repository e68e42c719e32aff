import PythonSyntax

/// Flags classes selected by name and/or base that lack a required base or methods, or, when nothing
/// is required, every selected class (a class of that kind does not belong in these paths).
final class ClassMatcher: FileMatcher {
    let names: NamePatterns
    let excludeNames: NamePatterns
    let bases: NamePatterns
    let requireBase: [String]
    let requireMethods: [String]
    var needsPython: Bool { true }

    init(_ spec: ClassSpec) throws {
        names = try NamePatterns(spec.names)
        excludeNames = try NamePatterns(spec.excludeNames)
        bases = try NamePatterns(spec.bases)
        requireBase = spec.requireBase
        requireMethods = spec.requireMethods
    }

    func hits(in file: FileContext, environment: EvaluationEnvironment) -> [Hit] {
        guard let index = file.index else { return [] }
        var hits: [Hit] = []
        for (offset, scope) in index.scopes.enumerated() where scope.kind == .class {
            if !names.isEmpty && !names.matches(scope.name) { continue }
            if !excludeNames.isEmpty && excludeNames.matches(scope.name) { continue }
            let allBases = scope.bases + scope.resolvedBases
            if !bases.isEmpty && !allBases.contains(where: { bases.matches($0) }) { continue }
            if requireBase.isEmpty && requireMethods.isEmpty {
                hits.append(Hit(line: scope.line))
                continue
            }
            var missing = false
            if !requireBase.isEmpty {
                let wanted = requireBase.compactMap { try? WildcardPattern($0.replacingOccurrences(of: "{Name}", with: scope.name)) }
                let shortBases = allBases.map { String(NamePatterns.lastComponent($0)) }
                missing = !(allBases + shortBases).contains { base in wanted.contains { $0.matches(base) } }
            }
            if !requireMethods.isEmpty {
                let methods = Set(index.scopes.lazy.filter { $0.parent == offset && $0.kind == .function }.map(\.name))
                if requireMethods.contains(where: { !methods.contains($0) }) { missing = true }
            }
            if missing { hits.append(Hit(line: scope.line)) }
        }
        return hits
    }
}

import Foundation
