/// Operators and delimiters: the longest of CPython's exact tokens (`**=`, `...`, `->`, `>>=`, `:=`).
extension Lexer {
    /// Length of the operator at `pos`, or 0 if none starts there.
    @inline(__always) func operatorLength() -> Int {
        let c = src[pos]
        let c1 = byte(at: pos + 1)
        let c2 = byte(at: pos + 2)
        let eq = UInt8(ascii: "=")
        switch c {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
            UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "~"):
            return 1
        case UInt8(ascii: "+"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "^"),
            UInt8(ascii: "@"), UInt8(ascii: "="), UInt8(ascii: ":"):
            return c1 == eq ? 2 : 1
        case UInt8(ascii: "-"):
            return c1 == eq || c1 == UInt8(ascii: ">") ? 2 : 1
        case UInt8(ascii: "!"):
            return c1 == eq ? 2 : (modes.isEmpty ? 0 : 1)
        case UInt8(ascii: "."):
            return c1 == UInt8(ascii: ".") && c2 == UInt8(ascii: ".") ? 3 : 1
        case UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "<"), UInt8(ascii: ">"):
            let doubled = c == UInt8(ascii: "<") || c == UInt8(ascii: ">") ? c : c
            if c1 == doubled { return c2 == eq ? 3 : 2 }
            if c1 == eq { return 2 }
            return 1
        default:
            return 0
        }
    }

    @inline(__always) mutating func scanOperator(whitespaceStart: Int) {
        if !modes.isEmpty && scanFieldDelimiter() { return }
        let length = operatorLength()
        if length == 0 {
            scanErrorCharacter(whitespaceStart: whitespaceStart)
            return
        }
        let start = pos
        let c = src[pos]
        if length == 1 {
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                parenDepth += 1
            } else if c == UInt8(ascii: ")") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                parenDepth -= 1
            }
        }
        pos += length
        emitHere(.op, from: start)
    }
}
