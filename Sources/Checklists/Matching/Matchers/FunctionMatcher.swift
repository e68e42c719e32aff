import PythonSyntax

/// Flags functions selected by name and async-ness that carry none of the required decorators, on
/// themselves or on an enclosing class. A module-level assignment (`pytestmark = pytest.mark.asyncio`)
/// or a project setting (`asyncio_mode = auto`) can exempt them.
final class FunctionMatcher: FileMatcher {
    let names: NamePatterns
    let isAsync: Bool?
    let decorators: NamePatterns
    let moduleAssignment: (name: String, regex: CompiledRegex)?
    let projectSetting: (files: [String], regex: CompiledRegex)?
    var needsPython: Bool { true }

    init(_ spec: FunctionSpec) throws {
        names = try NamePatterns(spec.names)
        isAsync = spec.isAsync
        decorators = try NamePatterns(spec.requireDecorators)
        moduleAssignment = try spec.unlessModuleAssignment.map { ($0.name, try CompiledRegex($0.regex)) }
        projectSetting = try spec.unlessProjectSetting.map { ($0.files, try CompiledRegex($0.regex, options: [.anchorsMatchLines])) }
    }

    func hits(in file: FileContext, environment: EvaluationEnvironment) -> [Hit] {
        guard let index = file.index else { return [] }
        if let projectSetting {
            let configured = projectSetting.files.contains { name in
                environment.projectFiles[name].map { projectSetting.regex.matches($0) } ?? false
            }
            if configured { return [] }
        }
        if let moduleAssignment {
            let exempt = index.assignments.contains { assignment in
                assignment.function == nil && assignment.targets.contains(moduleAssignment.name)
                    && moduleAssignment.regex.matches(file.text(tokens: assignment.valueRange))
            }
            if exempt { return [] }
        }
        var hits: [Hit] = []
        for scope in index.scopes where scope.kind == .function {
            if let isAsync, scope.isAsync != isAsync { continue }
            guard names.matches(scope.name), !isDecorated(scope, index) else { continue }
            hits.append(Hit(line: scope.line))
        }
        return hits
    }

    private func isDecorated(_ scope: Scope, _ index: SourceIndex) -> Bool {
        var current: Scope? = scope
        while let candidate = current {
            if (candidate.decorators + candidate.resolvedDecorators).contains(where: { decorators.matches($0) }) {
                return true
            }
            current = candidate.parent.map { index.scopes[$0] }
        }
        return false
    }
}
