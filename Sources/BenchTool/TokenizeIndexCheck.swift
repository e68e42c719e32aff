import PythonSyntax

/// Structural invariants of `SourceIndex` over a whole tree: every range inside the tokens, lines ordered,
/// parents before children. Printed by the bench so a regression on real code shows up there.
enum TokenizeIndexCheck {
    /// The first broken invariant of `index`, or nil.
    static func violation(in index: SourceIndex) -> String? {
        let count = index.tokens.count
        for (number, scope) in index.scopes.enumerated() {
            if scope.line > scope.endLine { return "scope \(scope.qualifiedName): line after endLine" }
            if scope.tokenRange.upperBound > count { return "scope \(scope.qualifiedName): range past the tokens" }
            if let parent = scope.parent, parent >= number { return "scope \(scope.qualifiedName): parent after child" }
            if let parent = scope.parent, index.scopes[parent].endLine < scope.endLine {
                return "scope \(scope.qualifiedName): ends after its parent"
            }
        }
        for call in index.calls {
            if !(call.calleeToken <= call.openParen && call.openParen < call.closeParen && call.closeParen < count) {
                return "call \(call.callee) at \(call.line): bad token indices"
            }
            if call.line > call.endLine { return "call \(call.callee) at \(call.line): line after endLine" }
            if call.arguments.contains(where: { $0.tokenRange.upperBound > call.closeParen }) {
                return "call \(call.callee) at \(call.line): argument past `)`"
            }
        }
        for loop in index.loops where loop.line > loop.endLine || loop.tokenRange.upperBound > count {
            return "loop at \(loop.line): bad range"
        }
        for string in index.strings where string.line > string.endLine || string.tokenRange.upperBound > count {
            return "string at \(string.line): bad range"
        }
        for assignment in index.assignments where assignment.valueRange.upperBound > count || assignment.targets.isEmpty {
            return "assignment at \(assignment.line): bad range or no target"
        }
        return nil
    }
}
