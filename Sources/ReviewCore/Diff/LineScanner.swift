import Foundation

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
