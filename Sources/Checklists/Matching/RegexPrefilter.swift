/// A cheap necessary condition for a regex: plain words that any match must contain (one per top-level
/// alternative). Files that contain none of them (ignoring case) are skipped without running the regex,
/// which is most files for rules like `BYPASSRLS`.
struct RegexPrefilter: Sendable {
    /// Lower-cased; nil when some alternative has no usable literal (then the regex always runs).
    let literals: [[UInt8]]?

    init(_ pattern: String) {
        var text = Substring(pattern)
        // Leading inline flags such as (?i) do not change which characters a match holds.
        while text.hasPrefix("(?"), let close = text.firstIndex(of: ")"),
            text[text.index(text.startIndex, offsetBy: 2)..<close].allSatisfy({ $0.isLetter })
        {
            text = text[text.index(after: close)...]
        }
        // Verbose mode allows comments and ignored spaces, so plain runs prove nothing.
        if pattern.hasPrefix("(?") && pattern.prefix(while: { $0 != ")" }).contains("x") {
            literals = nil
            return
        }
        let alternatives = Self.topLevelAlternatives(Array(text.utf8))
        var literals: [[UInt8]] = []
        for alternative in alternatives {
            let literal = Self.longestRequiredRun(alternative)
            guard literal.count >= 3 else {
                self.literals = nil
                return
            }
            literals.append(literal.map(Self.lower))
        }
        self.literals = literals.isEmpty ? nil : literals
    }

    func mayMatch(_ lowercased: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let literals else { return true }
        return literals.contains { ByteSearch.contains(lowercased, $0) }
    }

    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
    }

    /// Splits on `|` outside groups and classes; a pattern wrapped whole in one group is unwrapped first.
    static func topLevelAlternatives(_ bytes: [UInt8]) -> [[UInt8]] {
        var body = bytes
        if let first = body.first, first == UInt8(ascii: "("), closingParen(body, from: 0) == body.count - 1 {
            body = Array(body[1..<(body.count - 1)])
            if body.starts(with: Array("?:".utf8)) { body.removeFirst(2) }
        }
        var parts: [[UInt8]] = [[]]
        var depth = 0
        var inClass = false
        var escaped = false
        for byte in body {
            defer { escaped = !escaped && byte == UInt8(ascii: "\\") }
            if !escaped {
                if inClass {
                    if byte == UInt8(ascii: "]") { inClass = false }
                } else if byte == UInt8(ascii: "[") {
                    inClass = true
                } else if byte == UInt8(ascii: "(") {
                    depth += 1
                } else if byte == UInt8(ascii: ")") {
                    depth -= 1
                } else if byte == UInt8(ascii: "|") && depth == 0 {
                    parts.append([])
                    continue
                }
            }
            parts[parts.count - 1].append(byte)
        }
        return parts
    }

    static func closingParen(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var escaped = false
        var inClass = false
        for index in start..<bytes.count {
            let byte = bytes[index]
            defer { escaped = !escaped && byte == UInt8(ascii: "\\") }
            if escaped { continue }
            if inClass {
                if byte == UInt8(ascii: "]") { inClass = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "["): inClass = true
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }

    /// The longest run of letters, digits and `_` outside groups that is not made optional by a quantifier.
    static func longestRequiredRun(_ bytes: [UInt8]) -> [UInt8] {
        var best: [UInt8] = []
        var run: [UInt8] = []
        var depth = 0
        var index = 0
        func flush() {
            if run.count > best.count { best = run }
            run = []
        }
        while index < bytes.count {
            let byte = bytes[index]
            let isWord = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "_")
            switch byte {
            case UInt8(ascii: "\\"):
                flush()
                index += 2
                continue
            case UInt8(ascii: "["):
                flush()
                while index < bytes.count && bytes[index] != UInt8(ascii: "]") { index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1 }
            case UInt8(ascii: "("):
                flush()
                depth += 1
            case UInt8(ascii: ")"):
                flush()
                depth -= 1
                // A quantifier after a group makes the group optional; runs inside groups are never used anyway.
            case UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "{"):
                if !run.isEmpty { run.removeLast() }
                flush()
            default:
                if isWord && depth == 0 { run.append(byte) } else { flush() }
            }
            index += 1
        }
        flush()
        return best
    }
}
