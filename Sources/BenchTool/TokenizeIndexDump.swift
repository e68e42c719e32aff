import Foundation
import PythonSyntax

/// `tokenize --show FILE`: prints what `SourceIndex` found in one file, for eyeballing the index.
enum TokenizeIndexDump {
    static func print(path: String, source: [UInt8]) {
        let index = SourceIndex(path: path, source: source)
        Swift.print("module \(index.moduleName): \(index.tokens.count) tokens")
        for item in index.imports {
            Swift.print("import L\(item.line) \(item.boundName) = \(item.qualifiedName) (level \(item.level))")
        }
        for (number, scope) in index.scopes.enumerated() {
            let parameters = scope.parameters.map { parameter in parameter.annotation.map { "\(parameter.name): \($0)" } ?? parameter.name }
            Swift.print("scope #\(number) L\(scope.line)-\(scope.endLine) \(scope.isAsync ? "async " : "")\(scope.kind) "
                + "\(scope.qualifiedName) parent=\(scope.parent.map(String.init) ?? "-") "
                + "decorators=\(scope.resolvedDecorators) bases=\(scope.resolvedBases) params=\(parameters)")
        }
        for call in index.calls {
            let arguments = call.arguments.map { ($0.keyword.map { "\($0)=" } ?? "") + index.text(tokens: $0.tokenRange) }
            Swift.print("call L\(call.line)-\(call.endLine) \(call.isAwaited ? "await " : "")\(call.resolvedName) "
                + "fn=\(call.function.map(String.init) ?? "-")\(call.inAsyncFunction ? " async" : "") "
                + "loops=\(call.loopDepth) args=\(arguments)")
        }
        for loop in index.loops {
            Swift.print("loop L\(loop.line)-\(loop.endLine) \(loop.kind) fn=\(loop.function.map(String.init) ?? "-")")
        }
        for string in index.strings {
            let content = string.content.count > 40 ? String(string.content.prefix(40)) + "…" : string.content
            Swift.print("string L\(string.line)-\(string.endLine) prefix=\(string.prefix.rawValue) "
                + "\(string.isTriple ? "triple " : "")\(string.isDocstring ? "docstring " : "")\(content.debugDescription)")
        }
        for assignment in index.assignments {
            Swift.print("assign L\(assignment.line) \(assignment.targets) = \(index.text(tokens: assignment.valueRange)) "
                + "fn=\(assignment.function.map(String.init) ?? "-")")
        }
    }
}
