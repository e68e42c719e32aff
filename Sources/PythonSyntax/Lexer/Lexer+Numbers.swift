/// Number literals, matched exactly like CPython 3.11's `tokenize` patterns: the first alternative that
/// matches wins (imaginary, then float, then integer), so `0777` is `0` followed by `777` and `1_` is `1`
/// followed by the name `_`.
extension Lexer {
    @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// `[0-9](?:_?[0-9])*` at `index`; returns the end, or nil if no digit there.
    func digitPart(_ index: Int) -> Int? {
        guard index < count, isDigit(src[index]) else { return nil }
        var end = index + 1
        while end < count {
            if isDigit(src[end]) {
                end += 1
            } else if src[end] == UInt8(ascii: "_") && end + 1 < count && isDigit(src[end + 1]) {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// `[eE][-+]?digitpart` at `index`.
    func exponent(_ index: Int) -> Int? {
        guard index < count, src[index] | 0x20 == UInt8(ascii: "e") else { return nil }
        var next = index + 1
        if next < count && (src[next] == UInt8(ascii: "+") || src[next] == UInt8(ascii: "-")) { next += 1 }
        return digitPart(next)
    }

    /// Pointfloat or Expfloat at `index`.
    func floatNumber(_ index: Int) -> Int? {
        if let digits = digitPart(index) {
            if digits < count && src[digits] == UInt8(ascii: ".") {
                let fraction = digitPart(digits + 1) ?? (digits + 1)
                return exponent(fraction) ?? fraction
            }
            return exponent(digits)
        }
        if index < count && src[index] == UInt8(ascii: "."), let fraction = digitPart(index + 1) {
            return exponent(fraction) ?? fraction
        }
        return nil
    }

    /// `0[xX](?:_?[0-9a-fA-F])+` and its binary and octal siblings.
    func radixNumber(_ index: Int, accepts: (UInt8) -> Bool) -> Int? {
        var end = index + 2
        var matched = false
        while end < count {
            if accepts(src[end]) {
                end += 1
            } else if src[end] == UInt8(ascii: "_") && end + 1 < count && accepts(src[end + 1]) {
                end += 2
            } else {
                break
            }
            matched = true
        }
        return matched ? end : nil
    }

    func integerNumber(_ index: Int) -> Int? {
        guard index < count else { return nil }
        if src[index] == UInt8(ascii: "0") {
            switch byte(at: index + 1) | 0x20 {
            case UInt8(ascii: "x"):
                if let end = radixNumber(index, accepts: { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }) {
                    return end
                }
            case UInt8(ascii: "b"):
                if let end = radixNumber(index, accepts: { $0 == 0x30 || $0 == 0x31 }) { return end }
            case UInt8(ascii: "o"):
                if let end = radixNumber(index, accepts: { $0 >= 0x30 && $0 <= 0x37 }) { return end }
            default: break
            }
            var end = index + 1
            while end < count {
                if src[end] == UInt8(ascii: "0") {
                    end += 1
                } else if src[end] == UInt8(ascii: "_") && end + 1 < count && src[end + 1] == UInt8(ascii: "0") {
                    end += 2
                } else {
                    break
                }
            }
            return end
        }
        return digitPart(index)
    }

    mutating func scanNumber() {
        let start = pos
        let isImaginary: (Int?) -> Int? = { [src, count] end in
            guard let end, end < count, src[end] | 0x20 == UInt8(ascii: "j") else { return nil }
            return end + 1
        }
        let end = isImaginary(digitPart(start)) ?? isImaginary(floatNumber(start)) ?? floatNumber(start)
            ?? integerNumber(start) ?? (start + 1)
        pos = end
        emitHere(.number, from: start)
    }
}
