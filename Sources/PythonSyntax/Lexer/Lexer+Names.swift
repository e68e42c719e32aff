/// Names (ASCII fast path, XID properties for other scalars) and UTF-8 decoding.
extension Lexer {
    /// Decodes the scalar at `index`; nil for invalid UTF-8 (overlong, surrogate, truncated).
    func scalar(at index: Int) -> (Unicode.Scalar, Int)? { Self.decodeScalar(src, index) }

    /// Static so hot mutating scanners can call it without copying the lexer.
    static func decodeScalar(_ src: UnsafeBufferPointer<UInt8>, _ index: Int) -> (Unicode.Scalar, Int)? {
        let count = src.count
        let b0 = src[index]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length: Int
        var value: UInt32
        switch b0 {
        case 0xC2...0xDF: length = 2; value = UInt32(b0 & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(b0 & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(b0 & 0x07)
        default: return nil
        }
        guard index + length <= count else { return nil }
        for offset in 1..<length {
            let b = src[index + offset]
            guard b & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(b & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : (length == 3 ? 0x800 : 0x10000)
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Byte length of the scalar at `index`, 1 for an invalid byte.
    func scalarLength(at index: Int) -> Int {
        guard index < count else { return 1 }
        return scalar(at: index)?.1 ?? 1
    }

    /// Byte length of an identifier-start scalar at `index`, or 0.
    func identifierStartLength(at index: Int) -> Int {
        guard let (scalar, length) = scalar(at: index) else { return 0 }
        return scalar.properties.isXIDStart || scalar == "_" ? length : 0
    }

    /// CPython 3.11's `\w` beyond ASCII: letters and numbers (so a combining mark ends a name, as there).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return scalar == "_"
        }
    }

    @inline(__always) func isASCIINameByte(_ c: UInt8) -> Bool {
        (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F
    }

    /// A name, or a string when the name is a valid prefix directly followed by a quote.
    @inline(__always) mutating func scanNameOrPrefixedString(whitespaceStart: Int) {
        let start = pos
        var end = pos
        while end < count {
            let c = src[end]
            if c < 0x80 {
                if isASCIINameByte(c) { end += 1 } else { break }
            } else {
                let length = Self.wordScalarLength(src, end)
                if length == 0 { break }
                end += length
            }
        }
        pos = end
        if end < count && (src[end] == UInt8(ascii: "\"") || src[end] == UInt8(ascii: "'")) && end - start <= 2,
            let prefix = Self.stringPrefix(src, from: start, to: end) {
            scanString(start: start, prefix: prefix, whitespaceStart: whitespaceStart)
            return
        }
        emitHere(.name, from: start)
    }

    /// Byte length of a non-ASCII word scalar at `index`, or 0. Kept out of line so the ASCII loop stays tight.
    @inline(never)
    static func wordScalarLength(_ src: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        guard let (scalar, length) = decodeScalar(src, index), isWordScalar(scalar) else { return 0 }
        return length
    }
}
