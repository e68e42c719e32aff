/// One line of the input as a byte range, without its LF and without one trailing CR.
///
/// Lines are views into the caller's buffer, so scanning a large diff copies nothing until a
/// line's text is actually kept.
struct ByteLine {
    let base: UnsafeBufferPointer<UInt8>
    let start: Int
    let end: Int

    var isEmpty: Bool { start >= end }
    var count: Int { end - start }
    var first: UInt8? { start < end ? base[start] : nil }

    /// The bytes of the line from `offset` on, as an owned array (used for header lines only).
    func bytes(from offset: Int = 0) -> [UInt8] {
        let from = min(start + offset, end)
        return Array(UnsafeBufferPointer(rebasing: base[from..<end]))
    }

    /// The line from `offset` on as text; invalid UTF-8 becomes U+FFFD instead of failing.
    func text(from offset: Int = 0) -> String {
        let from = min(start + offset, end)
        return String(decoding: UnsafeBufferPointer(rebasing: base[from..<end]), as: UTF8.self)
    }

    /// Text from `offset` with surrounding spaces and tabs removed (header values such as modes).
    func trimmedText(from offset: Int) -> String {
        var from = min(start + offset, end)
        var to = end
        while from < to, base[from] == 0x20 || base[from] == 0x09 { from += 1 }
        while to > from, base[to - 1] == 0x20 || base[to - 1] == 0x09 { to -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: base[from..<to]), as: UTF8.self)
    }

    /// The decimal number starting at `offset` (after optional spaces), or nil; clamped, never traps.
    func integer(from offset: Int) -> Int? {
        var index = min(start + offset, end)
        while index < end, base[index] == 0x20 { index += 1 }
        var value = 0
        var digits = 0
        while index < end, base[index] >= 0x30, base[index] <= 0x39, digits < 18 {
            value = value * 10 + Int(base[index] - 0x30)
            index += 1
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// Absolute index of the first `byte` at or after `offset`, or nil.
    func firstIndex(of byte: UInt8, from offset: Int) -> Int? {
        var index = start + offset
        while index < end {
            if base[index] == byte { return index }
            index += 1
        }
        return nil
    }

    func hasPrefix(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard count >= length else { return false }
        let pattern = literal.utf8Start
        var index = 0
        while index < length {
            if base[start + index] != pattern[index] { return false }
            index += 1
        }
        return true
    }

    func hasSuffix(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard count >= length else { return false }
        let pattern = literal.utf8Start
        let from = end - length
        var index = 0
        while index < length {
            if base[from + index] != pattern[index] { return false }
            index += 1
        }
        return true
    }
}
