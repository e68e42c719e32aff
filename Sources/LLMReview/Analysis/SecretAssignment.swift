import Foundation

/// `KEY = value` where the key names a secret (`DB_PASSWORD=…`, `api_key: "…"`, `"token": "…"`,
/// `password == "…"`): the value is replaced, the key stays so the reviewer still sees what is assigned.
enum SecretAssignment {
    /// How literal an unquoted value is. In code (`password = user_password`) a bare word is a variable;
    /// in `.env`, YAML, INI and shell files (and in free text) it is the secret itself.
    enum Mode: Sendable {
        case code, config
    }

    static let kind = "secret-assignment"

    /// Key (optionally quoted), optional Python annotation before `=`, then the separator.
    private static let keyRegex: NSRegularExpression = {
        let words = #"password|passwd|passphrase|pwd|secret|token|api[_\-]?key|private[_\-]?key|access[_\-]?key|credentials?|auth[_\-]?key"#
        let pattern =
            #"(?i)(?<![A-Za-z0-9_])(["']?)([A-Za-z0-9_.\-]*(?:"# + words + #")[A-Za-z0-9_.\-]*)\1[ \t]*"#
            + #"(?::[ \t]*[A-Za-z_][A-Za-z0-9_\[\]., |]*?[ \t]*(?==))?([!=]=|=>|:=|=|:)[ \t]*"#
        do {
            return try NSRegularExpression(pattern: pattern)
        } catch {
            preconditionFailure("invalid assignment pattern: \(error)")
        }
    }()

    /// Type names and constants that follow `key:` or `key =` in code without being a value.
    private static let notValues: Set<String> = [
        "none", "true", "false", "null", "nil", "undefined", "str", "bytes", "int", "float", "bool", "dict", "list",
        "any", "optional", "secretstr", "secretbytes",
    ]

    /// `text` with the values of secret-named assignments replaced. Never crosses a newline.
    static func apply(to text: String, mode: Mode) -> String {
        let matches = keyRegex.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard !matches.isEmpty else { return text }
        var ranges: [Range<String.Index>] = []
        for match in matches {
            guard let whole = Range(match.range, in: text),
                let separator = Range(match.range(at: 3), in: text)
            else { continue }
            if let last = ranges.last, whole.lowerBound < last.upperBound { continue }
            if let value = valueRange(in: text, from: whole.upperBound, afterColon: text[separator] == ":", mode: mode) {
                ranges.append(value)
            }
        }
        return SecretPattern.replace(ranges, in: text, with: SecretRedactor.placeholder(kind))
    }

    /// The secret part of the value starting at `start`, or nil when there is none or it is code.
    private static func valueRange(
        in text: String, from start: String.Index, afterColon: Bool, mode: Mode
    ) -> Range<String.Index>? {
        var index = start
        // Python string prefixes: r"…", b'…', f"…", rb"…".
        var prefixLength = 0
        while index < text.endIndex, prefixLength < 2, "rRbBuUfF".contains(text[index]) {
            index = text.index(after: index)
            prefixLength += 1
        }
        if index < text.endIndex, text[index] == "\"" || text[index] == "'" {
            return quotedRange(in: text, quoteAt: index)
        }
        index = start
        var end = index
        while end < text.endIndex, !isValueTerminator(text[end]) { end = text.index(after: end) }
        guard end > index else { return nil }
        let value = text[index..<end]
        if value.hasPrefix(SecretRedactor.placeholderPrefix) || isNotSecret(value, afterColon: afterColon, mode: mode) {
            return nil
        }
        return index..<end
    }

    /// The inside of the string literal opening at `quoteAt`, up to its closing quote or the end of the line.
    private static func quotedRange(in text: String, quoteAt: String.Index) -> Range<String.Index>? {
        let quote = text[quoteAt]
        let contentStart = text.index(after: quoteAt)
        var index = contentStart
        while index < text.endIndex, text[index] != quote, !text[index].isNewline {
            if text[index] == "\\" {
                index = text.index(after: index)
                if index == text.endIndex || text[index].isNewline { break }
            }
            index = text.index(after: index)
        }
        guard index > contentStart else { return nil }
        if text[contentStart..<index].hasPrefix(SecretRedactor.placeholderPrefix) { return nil }
        return contentStart..<index
    }

    private static func isValueTerminator(_ character: Character) -> Bool {
        character.isWhitespace || ",;#)}]\"'`".contains(character)
    }

    private static func isNotSecret(_ value: Substring, afterColon: Bool, mode: Mode) -> Bool {
        if notValues.contains(value.lowercased()) { return true }
        if value.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) { return true }
        // References, not values: ${VAR}, $VAR, %(var)s, {{ var }}, calls and subscripts.
        if value.hasPrefix("$") || value.hasPrefix("%(") || value.contains(where: { "([{<".contains($0) }) {
            return true
        }
        guard mode == .code else { return false }
        // In code only literals are secrets; an identifier or a dotted path is a variable or an attribute.
        let identifierCharacters = value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        return identifierCharacters || afterColon
    }
}
