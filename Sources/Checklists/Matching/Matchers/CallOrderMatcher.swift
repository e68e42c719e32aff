import Foundation
import PythonSyntax

/// Inside one function: flags `then` calls that come after the first `first` call and before any
/// `until` marker. Catches tenant rows created before `set_rls_context` in flows without authentication.
final class CallOrderMatcher: FileMatcher {
    let first: NamePatterns
    let then: NamePatterns
    let untilCalls: NamePatterns
    let untilStrings: CompiledRegex?
    var needsPython: Bool { true }
    var callPatterns: [NamePatterns] { [first, then, untilCalls] }

    init(_ spec: CallOrderSpec) throws {
        first = try NamePatterns(spec.first)
        then = try NamePatterns(spec.then)
        untilCalls = try NamePatterns(spec.untilCalls)
        untilStrings = try spec.untilStrings.map { try CompiledRegex($0) }
    }

    func hits(in file: FileContext, environment: EvaluationEnvironment) -> [Hit] {
        guard let index = file.index else { return [] }
        // The first `first` call of each function, by token position.
        var starts: [Int: Int] = [:]
        for offset in file.candidateCalls(first) {
            let call = file.calls[offset]
            guard let function = call.function, first.matches(call) else { continue }
            starts[function] = min(starts[function] ?? Int.max, call.calleeToken)
        }
        guard !starts.isEmpty else { return [] }
        // The first marker after that start, per function.
        var stops: [Int: Int] = [:]
        func mark(_ function: Int?, _ position: Int) {
            guard let function, let start = starts[function], position > start else { return }
            stops[function] = min(stops[function] ?? Int.max, position)
        }
        if !untilCalls.isEmpty {
            for offset in file.candidateCalls(untilCalls) where untilCalls.matches(file.calls[offset]) {
                mark(file.calls[offset].function, file.calls[offset].calleeToken)
            }
        }
        if let untilStrings {
            for literal in index.strings where untilStrings.matches(literal.content) {
                let function = index.scopes.indices.last { i in
                    index.scopes[i].kind == .function && index.scopes[i].tokenRange.contains(literal.tokenRange.lowerBound)
                }
                mark(function, literal.tokenRange.lowerBound)
            }
        }
        var hits: [Hit] = []
        for offset in file.candidateCalls(then) {
            let call = file.calls[offset]
            guard let function = call.function, let start = starts[function], call.calleeToken > start,
                call.calleeToken < (stops[function] ?? Int.max), then.matches(call)
            else { continue }
            hits.append(Hit(line: call.line, endLine: call.endLine))
        }
        return hits
    }
}
