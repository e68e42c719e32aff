import PythonSyntax

/// Flags SQL built by string formatting (f-string fields, `.format`, `%`, `+` with a non-literal) that
/// reaches a sink such as `text()` or `session.execute()`, directly or through a variable assigned
/// earlier in the same function.
final class SQLInjectionMatcher: FileMatcher {
    let sinks: NamePatterns
    let sql: CompiledRegex
    var needsPython: Bool { true }
    var callPatterns: [NamePatterns] { [sinks] }

    init(_ spec: SQLInjectionSpec) throws {
        sinks = try NamePatterns(spec.sinks)
        sql = try CompiledRegex(spec.sqlRegex)
    }

    /// What a token range does with strings.
    struct Shape {
        var dynamic = false
        var literalText = ""
        /// The leading name when the expression starts with one (`query`, `query.format(...)`).
        var leadingName: String?
    }

    func hits(in file: FileContext, environment: EvaluationEnvironment) -> [Hit] {
        guard let index = file.index else { return [] }
        var flagged: [Call] = []
        // Assignment indices by target name, built on the first sink that reads a variable (scanning
        // every assignment for every sink was quadratic in the file's size).
        var assignmentsByName: [String: [Int]]?
        for offset in file.candidateCalls(sinks) {
            let call = file.calls[offset]
            guard sinks.matches(call), let argument = call.arguments.first(where: { $0.keyword == nil }) else { continue }
            var shape = Self.shape(argument.tokenRange, file)
            if let name = shape.leadingName {
                if assignmentsByName == nil { assignmentsByName = Self.assignmentsByName(index.assignments) }
                for position in assignmentsByName?[name] ?? [] {
                    let assignment = index.assignments[position]
                    guard assignment.function == call.function, assignment.valueRange.upperBound <= call.calleeToken else { continue }
                    let earlier = Self.shape(assignment.valueRange, file)
                    shape.dynamic = shape.dynamic || earlier.dynamic
                    // `query += column`: appending anything but a plain literal builds the SQL dynamically.
                    let appended = file.tokenIs(assignment.valueRange.lowerBound - 1, .op, "+=")
                    if appended && !Self.isPlainLiteral(assignment.valueRange, file) { shape.dynamic = true }
                    shape.literalText += " " + earlier.literalText
                }
            }
            if shape.dynamic && sql.matches(shape.literalText) { flagged.append(call) }
        }
        return Self.innermost(flagged).map { Hit(line: $0.line, endLine: $0.endLine) }
    }

    /// Drops sinks whose arguments hold another flagged sink: `session.execute(text(f"..."))` is one
    /// problem, reported once on `text(`, the call that receives the dynamic string.
    static func innermost(_ flagged: [Call]) -> [Call] {
        guard flagged.count > 1 else { return flagged }
        let order = flagged.indices.sorted { flagged[$0].calleeToken < flagged[$1].calleeToken }
        var isOuter = [Bool](repeating: false, count: flagged.count)
        // Calls nest like brackets, so a stack of the calls still open at each callee finds the
        // enclosing one in linear time; the ones below it were marked when it was pushed.
        var open: [Int] = []
        for position in order {
            let call = flagged[position]
            while let top = open.last, flagged[top].closeParen < call.calleeToken { open.removeLast() }
            if let top = open.last, flagged[top].openParen < call.calleeToken { isOuter[top] = true }
            open.append(position)
        }
        return flagged.indices.filter { !isOuter[$0] }.map { flagged[$0] }
    }

    static func assignmentsByName(_ assignments: [Assignment]) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (position, assignment) in assignments.enumerated() {
            for target in assignment.targets where result[target]?.last != position {
                result[target, default: []].append(position)
            }
        }
        return result
    }

    static func isPlainLiteral(_ range: Range<Int>, _ file: FileContext) -> Bool {
        let tokens = file.tokens
        guard range.upperBound <= tokens.count else { return false }
        return !range.isEmpty && range.allSatisfy { tokens[$0].kind == .string }
    }

    static func shape(_ range: Range<Int>, _ file: FileContext) -> Shape {
        var shape = Shape()
        let tokens = file.tokens
        guard !range.isEmpty, range.upperBound <= tokens.count else { return shape }
        if tokens[range.lowerBound].kind == .name {
            let next = range.lowerBound + 1
            let simple = next == range.upperBound || file.tokenIs(next, .op, ".") || file.tokenIs(next, .op, "%")
                || file.tokenIs(next, .op, "+")
            if simple { shape.leadingName = file.text(token: range.lowerBound) }
        }
        var fstringDepth = 0
        var sawString = false
        var sawName = false
        var sawPlus = false
        for i in range {
            let token = tokens[i]
            switch token.kind {
            case .string:
                sawString = true
                shape.literalText += file.text(token: i) + " "
            case .fstringStart:
                fstringDepth += 1
                sawString = true
            case .fstringEnd:
                fstringDepth -= 1
            case .fstringMiddle:
                shape.literalText += file.text(token: i) + " "
            case .name:
                if fstringDepth == 0 { sawName = true }
                if file.tokenIs(i, .name, "format"), file.tokenIs(i - 1, .op, "."), file.tokenIs(i + 1, .op, "(") {
                    shape.dynamic = true
                }
            case .op:
                if fstringDepth > 0 && file.tokenIs(i, .op, "{") { shape.dynamic = true }
                if fstringDepth == 0 {
                    if file.tokenIs(i, .op, "%") { shape.dynamic = true }
                    if file.tokenIs(i, .op, "+") || file.tokenIs(i, .op, "+=") { sawPlus = true }
                }
            default:
                break
            }
        }
        if sawPlus && sawString && sawName { shape.dynamic = true }
        if sawPlus && shape.leadingName != nil { shape.dynamic = true }
        return shape
    }
}
