/// The tokenizer's state machine over one buffer.
///
/// Line handling follows CPython's `tokenize` (NL versus NEWLINE, INDENT/DEDENT only at the start of a
/// logical line, blank and comment-only lines ignored for indentation); f-strings follow PEP 701 with a
/// mode stack so replacement fields can nest.
struct Lexer {
    let src: UnsafeBufferPointer<UInt8>
    let count: Int
    var pos = 0
    var line: Int32 = 1
    var lineStart = 0
    var tokens: [Token] = []
    var indents: [Int] = [0]
    /// Open brackets; like CPython's `parenlev` it may go negative on a stray closer.
    var parenDepth = 0
    /// After a backslash-newline: the next physical line continues the statement.
    var continued = false
    var atLineStart = true
    var modes: [FStringMode] = []
    /// Quote byte and limit of the last single-quoted string that found no end on its line.
    var failedQuote: UInt8 = 0
    var failedQuoteLimit = -1
    /// Byte offset of each line start, line 1 first (after a BOM).
    var lineStarts: [Int] = []
    /// Whether a coding cookie was found on line 1 or 2.
    var cookieSeen = false
    /// False once a cookie names a codec other than UTF-8: bytes in strings and comments are then opaque.
    var requiresUTF8 = true

    init(_ src: UnsafeBufferPointer<UInt8>) {
        self.src = src
        self.count = src.count
        tokens.reserveCapacity(src.count / 4 + 16)
        lineStarts.reserveCapacity(src.count / 32 + 4)
    }

    @inline(__always) func byte(at index: Int) -> UInt8 {
        index < count ? src[index] : 0
    }

    @inline(__always) mutating func emit(_ kind: TokenKind, from start: Int, line startLine: Int32, column: Int) {
        tokens.append(Token(
            kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: pos), line: startLine,
            column: Int32(truncatingIfNeeded: column), endLine: line, endColumn: Int32(truncatingIfNeeded: pos - lineStart)))
    }

    /// Emits a token that starts and ends on the current line.
    @inline(__always) mutating func emitHere(_ kind: TokenKind, from start: Int) {
        tokens.append(Token(
            kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: pos), line: line,
            column: Int32(truncatingIfNeeded: start - lineStart), endLine: line,
            endColumn: Int32(truncatingIfNeeded: pos - lineStart)))
    }

    mutating func run() {
        if count >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
            pos = 3
            lineStart = 3
        }
        lineStarts.append(lineStart)
        while true {
            if !modes.isEmpty && modes[modes.count - 1].kind != .field {
                scanFStringLiteral()
                continue
            }
            if atLineStart {
                atLineStart = false
                if parenDepth == 0 && !continued && modes.isEmpty {
                    if !beginLogicalLine() { break }
                    if atLineStart { continue }
                } else {
                    continued = false
                }
            }
            let whitespaceStart = pos
            var next = pos
            while next < count {
                let c = src[next]
                if c == 0x20 || c == 0x09 || c == 0x0C { next += 1 } else { break }
            }
            pos = next
            if next >= count { break }
            scanToken(whitespaceStart: whitespaceStart)
        }
        finish()
    }

    @inline(__always) mutating func scanToken(whitespaceStart: Int) {
        let c = src[pos]
        switch c {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            scanNewline()
        case UInt8(ascii: "#"):
            scanComment()
        case UInt8(ascii: "\\"):
            let next = byte(at: pos + 1)
            if pos + 1 < count && (next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r")) {
                pos += 1
                consumeLineBreak()
                continued = true
                atLineStart = true
            } else {
                scanErrorCharacter(whitespaceStart: whitespaceStart)
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            scanNumber()
        case UInt8(ascii: "."):
            let next = byte(at: pos + 1)
            if next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9") {
                scanNumber()
            } else {
                scanOperator(whitespaceStart: whitespaceStart)
            }
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            scanString(start: pos, prefix: [], whitespaceStart: whitespaceStart)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            scanNameOrPrefixedString(whitespaceStart: whitespaceStart)
        case 0x80...0xFF:
            if identifierStartLength(at: pos) > 0 {
                scanNameOrPrefixedString(whitespaceStart: whitespaceStart)
            } else {
                scanErrorCharacter(whitespaceStart: whitespaceStart)
            }
        default:
            scanOperator(whitespaceStart: whitespaceStart)
        }
    }

    /// Consumes `\n`, `\r\n` or a lone `\r` at `pos` and starts a new physical line.
    @inline(__always) mutating func consumeLineBreak() {
        if src[pos] == UInt8(ascii: "\r") && byte(at: pos + 1) == UInt8(ascii: "\n") && pos + 1 < count {
            pos += 2
        } else {
            pos += 1
        }
        line += 1
        lineStart = pos
        lineStarts.append(pos)
    }

    /// Like CPython 3.11's `tokenize`, a character no token can start with becomes an ERRORTOKEN, and so
    /// does each blank before it (the pattern that failed had consumed them).
    mutating func scanErrorCharacter(whitespaceStart: Int) {
        var index = whitespaceStart
        while index < pos {
            tokens.append(Token(
                kind: .errorToken, start: Int32(index), end: Int32(index + 1), line: line,
                column: Int32(index - lineStart), endLine: line, endColumn: Int32(index + 1 - lineStart)))
            index += 1
        }
        let start = pos
        pos += max(1, scalarLength(at: pos))
        emitHere(.errorToken, from: start)
    }
}
