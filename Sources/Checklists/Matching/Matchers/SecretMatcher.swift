import Foundation
import PythonSyntax

/// Flags literals that look like secrets: values under secret-looking names, and well-known token
/// formats anywhere. Non-Python files are read line by line (`KEY=value`, `key: value`).
final class SecretMatcher: FileMatcher {
    let detectNames: Bool
    let detectFormats: Bool
    let names: [String]
    let excludeNames: [String]
    let placeholders: [String]
    let minLength: Int
    /// `names` and `excludeNames` as bytes for the ASCII fast path; nil when some are not plain ASCII.
    let nameNeedles: [[UInt8]]?
    let excludeNeedles: [[UInt8]]?
    var needsPython: Bool { false }

    init(_ spec: SecretSpec) throws {
        detectNames = spec.detect.contains(.names)
        detectFormats = spec.detect.contains(.formats)
        names = spec.names.map { $0.lowercased() }
        excludeNames = spec.excludeNames.map { $0.lowercased() }
        placeholders = spec.placeholders.map { $0.lowercased() }
        minLength = spec.minLength
        nameNeedles = ASCIIText.needles(names)
        excludeNeedles = ASCIIText.needles(excludeNames)
    }

    func isSecretName(_ name: String) -> Bool {
        if let nameNeedles, let excludeNeedles,
            let answer = ASCIIText.withLowercased(name, { lower in
                nameNeedles.contains { ByteSearch.contains(lower, $0) } && !excludeNeedles.contains { ASCIIText.hasSuffix(lower, $0) }
            })
        {
            return answer
        }
        let lower = name.lowercased()
        return names.contains { lower.contains($0) } && !excludeNames.contains { lower.hasSuffix($0) }
    }

    func isSecretValue(_ value: String) -> Bool {
        guard value.utf8.count >= minLength else { return false }
        if value.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 }) { return false }
        if value.hasPrefix("/") || value.hasPrefix("$") { return false }
        let lower = value.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return false }
        return !placeholders.contains { lower.contains($0) }
    }

    func hits(in file: FileContext, environment: EvaluationEnvironment) -> [Hit] {
        var hits: [Hit] = []
        if file.isPython {
            if detectNames { hits += nameHits(file) }
            if detectFormats, let index = file.index {
                for literal in index.strings where !literal.isDocstring && SecretFormats.isCandidate(literal.content) {
                    if let line = SecretFormats.firstMatchLine(in: literal.content, placeholders: placeholders) {
                        hits.append(Hit(line: literal.line + line - 1))
                    }
                }
            }
        } else {
            if detectFormats, SecretFormats.isCandidate(file.text),
                let lines = SecretFormats.matchLines(in: file.text, placeholders: placeholders)
            {
                hits += lines.map { Hit(line: $0) }
            }
            if detectNames { hits += plainTextNameHits(file) }
        }
        return hits
    }

    private func nameHits(_ file: FileContext) -> [Hit] {
        guard let index = file.index else { return [] }
        var hits: [Hit] = []
        let tokens = index.tokens
        for assignment in index.assignments
        where assignment.valueRange.count == 1 && file.token(assignment.valueRange.lowerBound)?.kind == .string {
            guard assignment.targets.contains(where: { isSecretName(String(NamePatterns.lastComponent($0))) }),
                let value = file.literalValue(token: assignment.valueRange.lowerBound), isSecretValue(value)
            else { continue }
            hits.append(Hit(line: assignment.line))
        }
        for call in file.calls.indices {
            for argument in file.calls[call].arguments where argument.tokenRange.count == 1 && file.token(argument.tokenRange.lowerBound)?.kind == .string {
                guard let keyword = argument.keyword, isSecretName(keyword),
                    let value = file.literalValue(token: argument.tokenRange.lowerBound), isSecretValue(value)
                else { continue }
                hits.append(Hit(line: file.token(argument.tokenRange.lowerBound).map { Int($0.line) } ?? file.calls[call].line))
            }
        }
        // Dictionary entries: "password": "hunter22"
        var i = 0
        while i + 3 < tokens.count {
            defer { i += 1 }
            guard tokens[i].kind == .string, file.tokenIs(i + 1, .op, ":"), tokens[i + 2].kind == .string,
                file.tokenIs(i + 3, .op, ",") || file.tokenIs(i + 3, .op, "}") || tokens[i + 3].kind == .nl
                    || tokens[i + 3].kind == .newline || tokens[i + 3].kind == .comment,
                let key = file.literalValue(token: i), isSecretName(key),
                let value = file.literalValue(token: i + 2), isSecretValue(value)
            else { continue }
            hits.append(Hit(line: Int(tokens[i + 2].line)))
        }
        return hits
    }

    /// `KEY=value`, `export KEY="value"`, `key: value` in `.env`, YAML, INI and similar files.
    private func plainTextNameHits(_ file: FileContext) -> [Hit] {
        var hits: [Hit] = []
        for line in 1...max(1, file.lineCount) {
            let text = file.lineText(line)
            // Cheap name check before the regex: most lines mention no secret-looking name.
            let lower = text.lowercased()
            guard names.contains(where: { lower.contains($0) }) else { continue }
            guard let match = SecretFormats.keyValue.expression.firstMatch(
                in: text, range: NSRange(location: 0, length: (text as NSString).length))
            else { continue }
            let ns = text as NSString
            let key = ns.substring(with: match.range(at: 1))
            let value = ns.substring(with: match.range(at: 2))
            if isSecretName(key) && isSecretValue(value) { hits.append(Hit(line: line)) }
        }
        return hits
    }
}
