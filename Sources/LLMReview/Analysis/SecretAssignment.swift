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

    /// Key (optionally quoted, starting where its identifier starts), optional Python annotation before `=`,
    /// then the separator.
    private static let keyRegex: NSRegularExpression = {
        let words = #"password|passwd|passphrase|pwd|secret|token|api[_\-]?key|private[_\-]?key|access[_\-]?key|credentials?|auth[_\-]?key"#
        let pattern =
            #"(?i)(?<![A-Za-z0-9_.\-])(["']?)([A-Za-z0-9_.\-]*?(?:"# + words + #")[A-Za-z0-9_.\-]*)\1[ \t]*"#
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
        let source = UTF16Text(text)
        let matches = keyRegex.matches(in: text, range: NSRange(location: 0, length: source.count))
        guard !matches.isEmpty else { return text }
        var ranges: [NSRange] = []
        for match in matches {
            if let last = ranges.last, match.range.location < last.location + last.length { continue }
            let separator = source.string(match.range(at: 3))
            let start = match.range.location + match.range.length
            if let value = valueRange(in: source, from: start, afterColon: separator == ":", mode: mode) {
                ranges.append(value)
            }
        }
        return source.replacing(ranges, with: SecretRedactor.placeholder(kind)) ?? text
    }

    /// The secret part of the value starting at UTF-16 offset `start`, or nil when there is none or it is code.
    private static func valueRange(in source: UTF16Text, from start: Int, afterColon: Bool, mode: Mode) -> NSRange? {
        let length = source.count
        var index = start
        // Python string prefixes: r"…", b'…', f"…", rb"…".
        while index < length, index - start < 2, isStringPrefix(source[index]) { index += 1 }
        if index < length, source[index] == quote || source[index] == apostrophe {
            return quotedRange(in: source, quoteAt: index)
        }
        var end = start
        while end < length, !isValueTerminator(source[end]) { end += 1 }
        guard end > start else { return nil }
        let range = NSRange(location: start, length: end - start)
        let value = source.string(range)
        if value.hasPrefix(SecretRedactor.placeholderPrefix) || isNotSecret(value, afterColon: afterColon, mode: mode) {
            return nil
        }
        return range
    }

    /// The inside of the string literal opening at `quoteAt`, up to its closing quote or the end of the line.
    private static func quotedRange(in source: UTF16Text, quoteAt: Int) -> NSRange? {
        let closing = source[quoteAt]
        let contentStart = quoteAt + 1
        var index = contentStart
        while index < source.count {
            let unit = source[index]
            if unit == closing || unit == newline || unit == carriageReturn { break }
            index += unit == backslash ? 2 : 1
        }
        index = min(index, source.count)
        guard index > contentStart else { return nil }
        let range = NSRange(location: contentStart, length: index - contentStart)
        if source.string(range).hasPrefix(SecretRedactor.placeholderPrefix) { return nil }
        return range
    }

    private static let quote = UInt16(UInt8(ascii: "\""))
    private static let apostrophe = UInt16(UInt8(ascii: "'"))
    private static let backslash = UInt16(UInt8(ascii: "\\"))
    private static let newline = UInt16(UInt8(ascii: "\n"))
    private static let carriageReturn = UInt16(UInt8(ascii: "\r"))

    private static func isStringPrefix(_ unit: UInt16) -> Bool {
        "rRbBuUfF".utf16.contains(unit)
    }

    /// Whitespace and the characters that end a bare value: `,;#)}]` and quotes.
    private static func isValueTerminator(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == newline || unit == carriageReturn || unit == 0x0B || unit == 0x0C
            || ",;#)}]\"'`".utf16.contains(unit)
    }

    private static func isNotSecret(_ value: String, afterColon: Bool, mode: Mode) -> Bool {
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
