import PythonSyntax

/// Flags calls by resolved name, where they are (async code, loops), whether they are awaited, and
/// what their arguments say.
final class CallMatcher: FileMatcher {
    struct Condition: Sendable {
        let position: Int?
        let keyword: String?
        let regex: CompiledRegex
    }

    let names: NamePatterns
    let within: CallSpec.Within
    let awaited: Bool?
    let conditions: [Condition]
    let exemptions: [Condition]
    var needsPython: Bool { true }
    var callPatterns: [NamePatterns] { [names] }

    init(_ spec: CallSpec) throws {
        names = try NamePatterns(spec.names)
        within = spec.within
        awaited = spec.awaited
        conditions = try spec.arguments.map(Self.compile)
        exemptions = try spec.unlessArguments.map(Self.compile)
    }

    static func compile(_ condition: ArgumentCondition) throws -> Condition {
        Condition(position: condition.position, keyword: condition.keyword, regex: try CompiledRegex(condition.regex))
    }

    func hits(in file: FileContext, environment: EvaluationEnvironment) -> [Hit] {
        guard file.isPython else { return [] }
        var hits: [Hit] = []
        // Regex verdicts per argument text, one table per condition then exemption: a file repeats
        // the same few arguments (`Depends(get_session)`), and each verdict costs a regex run.
        var memo = [[String: Bool]](repeating: [:], count: conditions.count + exemptions.count)
        for offset in file.candidateCalls(names) {
            let call = file.calls[offset]
            switch within {
            case .any: break
            case .async: guard call.inAsyncFunction else { continue }
            case .loop: guard call.loopDepth > 0 else { continue }
            }
            if let awaited, call.isAwaited != awaited { continue }
            guard names.matches(call) else { continue }
            guard conditions.indices.allSatisfy({ Self.holds(conditions[$0], call, file, memo: &memo[$0]) }) else { continue }
            if exemptions.indices.contains(where: { Self.holds(exemptions[$0], call, file, memo: &memo[conditions.count + $0]) }) {
                continue
            }
            hits.append(Hit(line: call.line, endLine: call.endLine))
        }
        return hits
    }

    static func holds(_ condition: Condition, _ call: Call, _ file: FileContext, memo: inout [String: Bool]) -> Bool {
        var positional = 0
        for argument in call.arguments {
            let selected: Bool
            if let position = condition.position {
                selected = argument.keyword == nil && positional == position
            } else if let keyword = condition.keyword {
                selected = argument.keyword == keyword
            } else {
                selected = true
            }
            if argument.keyword == nil { positional += 1 }
            guard selected else { continue }
            var text = file.text(tokens: argument.tokenRange)
            if condition.position == nil && condition.keyword == nil, let keyword = argument.keyword { text = keyword + "=" + text }
            let verdict = memo[text] ?? condition.regex.matches(text)
            memo[text] = verdict
            if verdict { return true }
        }
        return false
    }
}
