import PythonSyntax

/// Flags parameters and class-level fields whose annotation matches a regex (e.g. a concrete
/// `BookingRepository` where the interface `IBookingRepository` belongs).
final class AnnotationMatcher: FileMatcher {
    let parameters: Bool
    let fields: Bool
    let regex: CompiledRegex
    let exclude: CompiledRegex?
    let prefilter: RegexPrefilter
    var needsPython: Bool { true }

    init(_ spec: AnnotationSpec) throws {
        parameters = spec.targets.contains(.parameters)
        fields = spec.targets.contains(.fields)
        regex = try CompiledRegex(spec.regex)
        prefilter = RegexPrefilter(spec.regex)
        exclude = try spec.excludeRegex.map { try CompiledRegex($0) }
    }

    func flags(_ annotation: String) -> Bool {
        let lowered = annotation.utf8.map(RegexPrefilter.lower)
        guard lowered.withUnsafeBufferPointer(prefilter.mayMatch) else { return false }
        let compact = Self.withoutWhitespace(annotation)
        return regex.matches(compact) && !(exclude?.matches(compact) ?? false)
    }

    /// `flags`, remembered per annotation text: a file repeats the same few annotations, and each
    /// answer costs a regex run.
    func flags(_ annotation: String, memo: inout [String: Bool]) -> Bool {
        if let known = memo[annotation] { return known }
        let answer = flags(annotation)
        memo[annotation] = answer
        return answer
    }

    /// The annotation with whitespace removed; ASCII text is filtered by byte (Character's
    /// `isWhitespace` is slow), where the whitespace characters are exactly `\t`...`\r` and space.
    static func withoutWhitespace(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.filter { !$0.isWhitespace } }
        guard utf8.contains(where: { $0 == 0x20 || (0x09...0x0D).contains($0) }) else { return text }
        return String(decoding: utf8.filter { $0 != 0x20 && !(0x09...0x0D).contains($0) }, as: UTF8.self)
    }

    func hits(in file: FileContext, environment: EvaluationEnvironment) -> [Hit] {
        guard let index = file.index else { return [] }
        var hits: [Hit] = []
        var memo: [String: Bool] = [:]
        for scope in index.scopes {
            if parameters && scope.kind == .function {
                for parameter in scope.parameters {
                    guard let annotation = parameter.annotation, flags(annotation, memo: &memo) else { continue }
                    hits.append(Hit(line: parameterLine(parameter.name, scope, file)))
                }
            }
            if fields && scope.kind == .class {
                for field in classFields(scope, file) where flags(field.annotation, memo: &memo) {
                    hits.append(Hit(line: field.line))
                }
            }
        }
        return hits
    }

    /// The line where a parameter is written, found in the signature's tokens.
    private func parameterLine(_ name: String, _ scope: Scope, _ file: FileContext) -> Int {
        for i in scope.tokenRange where file.tokenIs(i, .name, text: name) && file.tokenIs(i + 1, .op, ":") {
            return file.token(i).map { Int($0.line) } ?? scope.line
        }
        return scope.line
    }

    /// `name: Annotation` and `name: Annotation = value` directly in the class body.
    private func classFields(_ scope: Scope, _ file: FileContext) -> [(annotation: String, line: Int)] {
        let tokens = file.tokens
        var result: [(annotation: String, line: Int)] = []
        var depth = 0
        var lineStart = false
        var i = scope.tokenRange.lowerBound
        let end = min(scope.tokenRange.upperBound, tokens.count)
        while i < end {
            let token = tokens[i]
            switch token.kind {
            case .indent:
                depth += 1
                lineStart = true
            case .dedent:
                depth -= 1
                lineStart = true
            case .newline:
                lineStart = true
            case .nl, .comment:
                break
            case .name where lineStart && depth == 1 && file.tokenIs(i + 1, .op, ":"):
                var j = i + 2
                var brackets = 0
                while j < end {
                    if tokens[j].kind == .newline { break }
                    if tokens[j].kind == .op {
                        if file.tokenIs(j, .op, "[") || file.tokenIs(j, .op, "(") { brackets += 1 }
                        if file.tokenIs(j, .op, "]") || file.tokenIs(j, .op, ")") { brackets -= 1 }
                        if brackets == 0 && file.tokenIs(j, .op, "=") { break }
                    }
                    j += 1
                }
                result.append((file.text(tokens: (i + 2)..<j), Int(token.line)))
                lineStart = false
                i = j
                continue
            default:
                lineStart = false
            }
            i += 1
        }
        return result
    }
}
