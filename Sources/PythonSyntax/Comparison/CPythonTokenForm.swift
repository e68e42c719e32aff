/// Our tokens printed the way `scripts/pytokens.py` prints CPython 3.11's `tokenize` output, so the two can
/// be compared line by line.
///
/// Three mappings bridge the differences that are not disagreements: an f-string (FSTRING_START through
/// its FSTRING_END) becomes one STRING as 3.11 has no PEP 701 tokens; byte columns become character
/// columns; and text is decoded with the file's codec and printed with Python's `ascii()`.
public enum CPythonTokenForm {
    /// CPython's name for a token kind (`NAME`, `ERRORTOKEN`, ...).
    public static func name(of kind: TokenKind) -> String {
        switch kind {
        case .name: "NAME"
        case .number: "NUMBER"
        case .string: "STRING"
        case .fstringStart: "FSTRING_START"
        case .fstringMiddle: "FSTRING_MIDDLE"
        case .fstringEnd: "FSTRING_END"
        case .op: "OP"
        case .comment: "COMMENT"
        case .newline: "NEWLINE"
        case .nl: "NL"
        case .indent: "INDENT"
        case .dedent: "DEDENT"
        case .endMarker: "ENDMARKER"
        case .errorToken: "ERRORTOKEN"
        }
    }

    /// One line per token: `TYPE row col endrow endcol ascii(text)`.
    public static func lines(source: [UInt8], tokens: [Token], decoding: SourceDecoding) -> [String] {
        let starts = lineStarts(source)
        func column(line: Int32, byteColumn: Int32) -> Int {
            let index = Int(line) - 1
            guard index >= 0, index < starts.count else { return Int(byteColumn) }
            let start = starts[index]
            let lineEnd = index + 1 < starts.count ? starts[index + 1] : source.count
            let upTo = start + Int(byteColumn)
            if upTo <= lineEnd { return decoding.characterCount(source[start..<upTo]) }
            return decoding.characterCount(source[start..<lineEnd]) + (upTo - lineEnd)
        }
        var out: [String] = []
        out.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            var token = tokens[index]
            var kind = token.kind
            if kind == .fstringStart, let end = matchingEnd(tokens, from: index) {
                token.end = tokens[end].end
                token.endLine = tokens[end].endLine
                token.endColumn = tokens[end].endColumn
                kind = .string
                index = end
            }
            index += 1
            let text = pythonASCIIRepr(decoding.decode(source[Int(token.start)..<Int(token.end)]))
            out.append("\(name(of: kind)) \(token.line) \(column(line: token.line, byteColumn: token.column)) "
                + "\(token.endLine) \(column(line: token.endLine, byteColumn: token.endColumn)) \(text)")
        }
        return out
    }

    /// Index of the FSTRING_END closing the FSTRING_START at `start`, nil if it is never closed.
    static func matchingEnd(_ tokens: [Token], from start: Int) -> Int? {
        var depth = 0
        for index in start..<tokens.count {
            switch tokens[index].kind {
            case .fstringStart: depth += 1
            case .fstringEnd:
                depth -= 1
                if depth == 0 { return index }
            case .errorToken where tokens[index].start == tokens[index].end:
                return nil
            default: break
            }
        }
        return nil
    }

    /// Byte offset where each line starts (line 1 after a BOM), splitting at `\n`, `\r\n` and `\r`.
    public static func lineStarts(_ source: [UInt8]) -> [Int] {
        var starts = [source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        var index = starts[0]
        while index < source.count {
            let c = source[index]
            if c == UInt8(ascii: "\n") {
                starts.append(index + 1)
            } else if c == UInt8(ascii: "\r") {
                if index + 1 < source.count && source[index + 1] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }
}
