/// String literals: prefixes, single and triple quotes, and the CPython 3.11 recovery for unterminated ones.
extension Lexer {
    /// Where a quoted string ends, decided with CPython 3.11's patterns (escapes skipped, a backslash before
    /// a line break continues a single-quoted string).
    enum StringEnd {
        /// Index just past the closing quote(s); whether a line break or a non-ASCII byte was passed.
        case closed(Int, multiline: Bool, nonASCII: Bool)
        /// A single-quoted string with no closing quote on its first line.
        case openOnFirstLine
        /// A single-quoted string continued with backslashes that stops on a later line; the associated
        /// index is the end of that line, line break included.
        case openOnLaterLine(Int)
        /// A triple-quoted string that runs to the end of input.
        case openAtEndOfInput
    }

    /// Reads `prefix` and the identifier bytes before a quote: returns the prefix flags when the
    /// identifier is a valid string prefix (r, b, u, f, rb, br, fr, rf, any case).
    func stringPrefix(from start: Int, to end: Int) -> StringLiteral.Prefix? {
        let length = end - start
        if length < 1 || length > 2 { return nil }
        var prefix: StringLiteral.Prefix = []
        for index in start..<end {
            let flag: StringLiteral.Prefix
            switch src[index] | 0x20 {
            case UInt8(ascii: "r"): flag = .raw
            case UInt8(ascii: "b"): flag = .bytes
            case UInt8(ascii: "u"): flag = .unicode
            case UInt8(ascii: "f"): flag = .formatted
            default: return nil
            }
            if prefix.contains(flag) { return nil }
            prefix.insert(flag)
        }
        if length == 2 && (prefix.contains(.unicode) || prefix == [.bytes, .formatted]) { return nil }
        return prefix
    }

    /// Finds the end of the string whose opening quote is at `quote`.
    func findStringEnd(quote: Int, triple: Bool) -> StringEnd {
        let q = src[quote]
        var high: UInt8 = 0
        if triple {
            var index = quote + 3
            var multiline = false
            while index < count {
                let c = src[index]
                high |= c
                if c == UInt8(ascii: "\\") {
                    if index + 1 < count {
                        let next = src[index + 1]
                        high |= next
                        if next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") { multiline = true }
                    }
                    index += 2
                } else if c == q && index + 2 < count && src[index + 1] == q && src[index + 2] == q {
                    return .closed(index + 3, multiline: multiline, nonASCII: high >= 0x80)
                } else {
                    if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") { multiline = true }
                    index += 1
                }
            }
            return .openAtEndOfInput
        }
        var index = quote + 1
        var firstLine = true
        while index < count {
            let c = src[index]
            high |= c
            if c == q { return .closed(index + 1, multiline: !firstLine, nonASCII: high >= 0x80) }
            if c == UInt8(ascii: "\\") {
                let next = byte(at: index + 1)
                if index + 1 < count && (next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r")) {
                    index += (next == UInt8(ascii: "\r") && byte(at: index + 2) == UInt8(ascii: "\n")) ? 3 : 2
                    firstLine = false
                    continue
                }
                if index + 1 < count { high |= src[index + 1] }
                index += 2
                continue
            }
            if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") {
                if firstLine { return .openOnFirstLine }
                index += (c == UInt8(ascii: "\r") && byte(at: index + 1) == UInt8(ascii: "\n")) ? 2 : 1
                return .openOnLaterLine(index)
            }
            index += 1
        }
        return firstLine ? .openOnFirstLine : .openOnLaterLine(count)
    }

    /// Scans a string whose prefix starts at `start` and whose opening quote is at `pos`.
    mutating func scanString(start: Int, prefix: StringLiteral.Prefix, whitespaceStart: Int) {
        let quote = pos
        let q = src[quote]
        let triple = byte(at: quote + 1) == q && byte(at: quote + 2) == q && quote + 2 < count
        let startLine = line
        let startColumn = start - lineStart
        switch findStringEnd(quote: quote, triple: triple) {
        case .closed(let end, let multiline, let nonASCII):
            if prefix.contains(.formatted) {
                pos = quote + (triple ? 3 : 1)
                emitHere(.fstringStart, from: start)
                modes.append(FStringMode(
                    quote: q, isTriple: triple, isRaw: prefix.contains(.raw), outerParenDepth: parenDepth))
                return
            }
            if multiline { advanceLines(to: end) } else { pos = end }
            emit(.string, from: start, line: startLine, column: startColumn)
            if nonASCII { validateUTF8(from: start, to: end) }
        case .openOnFirstLine:
            if start < quote {
                let saved = pos
                pos = quote
                emitHere(.name, from: start)
                pos = saved
            }
            scanErrorCharacter(whitespaceStart: start < quote ? quote : whitespaceStart)
        case .openOnLaterLine(let end):
            // CPython ends this token on the line it gives up on, just past that line's break.
            var breakStart = end
            if breakStart > start && src[breakStart - 1] == UInt8(ascii: "\n") { breakStart -= 1 }
            if breakStart > start && src[breakStart - 1] == UInt8(ascii: "\r") && (breakStart == end || src[breakStart] == UInt8(ascii: "\n")) {
                breakStart -= 1
            }
            advanceLines(to: breakStart)
            let endLine = line
            let endColumn = end - lineStart
            advanceLines(to: end)
            tokens.append(Token(
                kind: .errorToken, start: Int32(start), end: Int32(end), line: startLine, column: Int32(startColumn),
                endLine: endLine, endColumn: Int32(endColumn)))
            atLineStart = true
        case .openAtEndOfInput:
            advanceLines(to: count)
            emit(.errorToken, from: start, line: startLine, column: startColumn)
        }
    }

    /// Moves `pos` to `end`, counting the line breaks passed over.
    mutating func advanceLines(to end: Int) {
        while pos < end {
            let c = src[pos]
            if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") {
                consumeLineBreak()
            } else {
                pos += 1
            }
        }
        if pos > end { pos = end }
    }
}
