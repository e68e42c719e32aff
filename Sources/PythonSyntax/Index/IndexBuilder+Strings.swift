/// String literals: prefix, quotes, content and docstrings.
extension IndexBuilder {
    /// Prefix flags and the offset of the opening quote in the token starting at byte `start`.
    func prefix(at start: Int, end: Int) -> (StringLiteral.Prefix, quote: Int) {
        var prefix: StringLiteral.Prefix = []
        var index = start
        while index < end {
            switch src[index] | 0x20 {
            case UInt8(ascii: "r"): prefix.insert(.raw)
            case UInt8(ascii: "b"): prefix.insert(.bytes)
            case UInt8(ascii: "u"): prefix.insert(.unicode)
            case UInt8(ascii: "f"): prefix.insert(.formatted)
            default: return (prefix, index)
            }
            index += 1
        }
        return (prefix, index)
    }

    func isTripleQuote(at quote: Int, limit: Int) -> Bool {
        quote + 2 < limit && src[quote + 1] == src[quote] && src[quote + 2] == src[quote]
    }

    mutating func recordString(at index: Int) {
        let token = tokens[index]
        let start = Int(token.start)
        let end = Int(token.end)
        let (prefix, quote) = prefix(at: start, end: end)
        let triple = isTripleQuote(at: quote, limit: end) && end - quote >= 6
        let width = triple ? 3 : 1
        let contentStart = min(quote + width, end)
        let contentEnd = max(contentStart, end - width)
        strings.append(StringLiteral(
            prefix: prefix, isTriple: triple, isDocstring: index == pendingDocstring,
            content: String(decoding: UnsafeBufferPointer(rebasing: src[contentStart..<contentEnd]), as: UTF8.self),
            line: Int(token.line), endLine: Int(token.endLine), tokenRange: index..<index + 1))
    }

    mutating func recordFString(from startIndex: Int, to endIndex: Int) {
        let open = tokens[startIndex]
        let close = tokens[endIndex]
        let (prefix, quote) = prefix(at: Int(open.start), end: Int(open.end))
        let triple = Int(open.end) - quote == 3
        let contentStart = Int(open.end)
        let contentEnd = max(contentStart, Int(close.start))
        strings.append(StringLiteral(
            prefix: prefix, isTriple: triple, isDocstring: false,
            content: String(decoding: UnsafeBufferPointer(rebasing: src[contentStart..<contentEnd]), as: UTF8.self),
            line: Int(open.line), endLine: Int(close.endLine), tokenRange: startIndex..<endIndex + 1))
    }
}
