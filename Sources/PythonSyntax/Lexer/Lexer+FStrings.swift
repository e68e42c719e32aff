/// PEP 701 f-strings: literal parts, replacement fields, conversions and format specs.
extension Lexer {
    /// The innermost f-string mode, if the lexer is inside an f-string at all.
    func innermostFieldFString() -> FStringMode? { modes.last }

    /// Reads literal text up to the next `{`, the closing quote, or (in a format spec) the field's `}`.
    mutating func scanFStringLiteral() {
        guard let mode = modes.last else { return }
        let start = pos
        let startLine = line
        let startColumn = pos - lineStart
        while pos < count {
            let c = src[pos]
            if c == mode.quote && (!mode.isTriple || (byte(at: pos + 1) == c && byte(at: pos + 2) == c && pos + 2 < count)) {
                if mode.kind == .spec {
                    // A quote inside a format spec ends the f-string: close the field first.
                    flushMiddle(from: start, line: startLine, column: startColumn)
                    modes.removeLast(2)
                    parenDepth -= 1
                    return
                }
                flushMiddle(from: start, line: startLine, column: startColumn)
                let endStart = pos
                pos += mode.isTriple ? 3 : 1
                emitHere(.fstringEnd, from: endStart)
                modes.removeLast()
                return
            }
            switch c {
            case UInt8(ascii: "\\"):
                pos += 1
                if pos >= count { break }
                let next = src[pos]
                if !mode.isRaw && next == UInt8(ascii: "N") && byte(at: pos + 1) == UInt8(ascii: "{") {
                    while pos < count && src[pos] != UInt8(ascii: "}") && src[pos] != mode.quote
                        && src[pos] != UInt8(ascii: "\n") {
                        pos += 1
                    }
                    if pos < count && src[pos] == UInt8(ascii: "}") { pos += 1 }
                } else if next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") {
                    consumeLineBreak()
                } else if next == mode.quote || next == UInt8(ascii: "\\") {
                    pos += 1
                }
            case UInt8(ascii: "{"):
                if byte(at: pos + 1) == UInt8(ascii: "{") && pos + 1 < count && mode.kind == .literal {
                    pos += 2
                    continue
                }
                flushMiddle(from: start, line: startLine, column: startColumn)
                let brace = pos
                pos += 1
                emitHere(.op, from: brace)
                parenDepth += 1
                var field = mode
                field.kind = .field
                field.depth = parenDepth
                modes.append(field)
                return
            case UInt8(ascii: "}"):
                if mode.kind == .spec {
                    flushMiddle(from: start, line: startLine, column: startColumn)
                    let brace = pos
                    pos += 1
                    emitHere(.op, from: brace)
                    modes.removeLast(2)
                    parenDepth -= 1
                    return
                }
                pos += byte(at: pos + 1) == UInt8(ascii: "}") && pos + 1 < count ? 2 : 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if !mode.isTriple {
                    flushMiddle(from: start, line: startLine, column: startColumn)
                    abortFString()
                    return
                }
                consumeLineBreak()
            default:
                pos += 1
            }
        }
        flushMiddle(from: start, line: startLine, column: startColumn)
        abortFString()
    }

    mutating func flushMiddle(from start: Int, line startLine: Int32, column: Int) {
        if pos > start {
            emit(.fstringMiddle, from: start, line: startLine, column: column)
            validateUTF8(from: start, to: pos)
        }
    }

    /// Gives up on the innermost f-string (unterminated, or a line break in a single-quoted one): an
    /// ERRORTOKEN, and the bracket depth from before it.
    mutating func abortFString() {
        guard let index = modes.lastIndex(where: { $0.kind == .literal }) else { return }
        parenDepth = modes[index].depth
        modes.removeSubrange(index...)
        emitHere(.errorToken, from: pos)
    }

    /// Inside a replacement field at its own bracket level, `}` closes it, `:` opens the format spec and
    /// `!` is the conversion. Returns false when the byte is an ordinary operator.
    mutating func scanFieldDelimiter() -> Bool {
        guard let mode = modes.last, mode.kind == .field, parenDepth <= mode.depth else { return false }
        let c = src[pos]
        let start = pos
        if c == UInt8(ascii: "}") {
            pos += 1
            emitHere(.op, from: start)
            modes.removeLast()
            parenDepth = mode.depth - 1
            return true
        }
        if c == UInt8(ascii: ":") && parenDepth == mode.depth {
            pos += 1
            emitHere(.op, from: start)
            var spec = mode
            spec.kind = .spec
            modes.append(spec)
            return true
        }
        if c == UInt8(ascii: "!") && byte(at: pos + 1) != UInt8(ascii: "=") {
            pos += 1
            emitHere(.op, from: start)
            return true
        }
        return false
    }
}
