import Yams

/// Turns Yams' errors into ``MemoryDecodingError``s with the line and column they carry.
enum YAMLSyntaxError {
    static func decodingError(_ error: YamlError, path: String, text: String) -> MemoryDecodingError {
        func make(_ mark: (line: Int, column: Int)?, _ message: String) -> MemoryDecodingError {
            MemoryDecodingError(
                path: path, line: mark?.line, column: mark?.column,
                message: "YAML syntax error: \(message); fix the file by hand (the bot will not rewrite it)")
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            return make((mark.line, mark.column), describe(problem, context))
        case let .reader(problem, offset, _, _):
            return make(offset.map { mark(ofCharacterOffset: $0, in: text) }, problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return make((context.mark.line, context.mark.column), "the key \(keys) appears twice in one mapping")
        default:
            return make(nil, "\(error)")
        }
    }

    /// libyaml's problem, with the place that opened the construct when it names one.
    private static func describe(_ problem: String, _ context: YamlError.Context?) -> String {
        guard let context else { return problem }
        return "\(problem) (\(context.text) at line \(context.mark.line))"
    }

    /// Line and column of a character offset, counting lines as YAML does.
    private static func mark(ofCharacterOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if MemoryHeader.isLineBreak(character) {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
