import Foundation

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

/// Splits a buffer into ``ByteLine``s. Only LF ends a line (as in git); a CR directly before the
/// LF is dropped so CRLF input yields the same lines, and a CR anywhere else stays content.
struct LineScanner {
    let base: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(_ base: UnsafeBufferPointer<UInt8>) {
        self.base = base
    }

    /// The line starting at `position` and the position after it, or nil at the end of input.
    func line(at position: Int) -> (line: ByteLine, next: Int)? {
        guard position < base.count, let start = base.baseAddress else { return nil }
        let remaining = base.count - position
        let lineEnd: Int
        let next: Int
        // memchr is vectorised by libc; this is what makes large diffs cheap to split.
        if let hit = memchr(start + position, 0x0A, remaining) {
            lineEnd = start.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            next = lineEnd + 1
        } else {
            lineEnd = base.count
            next = base.count
        }
        var end = lineEnd
        if end > position && base[end - 1] == 0x0D { end -= 1 }
        return (ByteLine(base: base, start: position, end: end), next)
    }

    mutating func next() -> ByteLine? {
        guard let (line, next) = line(at: position) else { return nil }
        position = next
        return line
    }

    func peek() -> ByteLine? {
        line(at: position)?.line
    }

    mutating func skip() {
        if let (_, next) = line(at: position) { position = next }
    }
}
