/// A compiled gitignore-like path glob.
///
/// `*` and `?` stay inside one path segment, `**` spans any number of segments, `[a-z]` / `[!a-z]` are
/// classes. A pattern without a `/` matches the file name at any depth (`*.sql`); a pattern with one is
/// anchored at the repository root. A pattern that matches a directory matches everything under it.
struct Glob: Sendable, Hashable {
    enum Segment: Sendable, Hashable {
        case anyDepth
        case pattern(WildcardPattern)
    }

    let source: String
    let segments: [Segment]

    init(_ pattern: String) throws(GlobError) {
        source = pattern
        var text = pattern
        if text.hasPrefix("/") { text.removeFirst() }
        if text.hasSuffix("/") { text += "**" }
        if text.isEmpty { throw GlobError(message: "empty glob") }
        if !text.contains("/") { text = "**/" + text }
        segments = try text.split(separator: "/", omittingEmptySubsequences: true).map { part throws(GlobError) in
            part == "**" ? .anyDepth : .pattern(try WildcardPattern(String(part)))
        }
    }

    func matches(_ path: String) -> Bool {
        if let answer = path.utf8.withContiguousStorageIfAvailable({ match(segmentIndex: 0, from: 0, in: $0) }) { return answer }
        var copy = path
        return copy.withUTF8 { match(segmentIndex: 0, from: 0, in: $0) }
    }

    /// Matches segments from `segmentIndex` on against the path parts (runs between slashes; empty ones
    /// skipped) from byte `position` on. Works on the bytes in place: this runs for every rule and file.
    /// A pattern that matches a leading directory of the path matches the path (gitignore semantics).
    private func match(segmentIndex: Int, from position: Int, in path: UnsafeBufferPointer<UInt8>) -> Bool {
        if segmentIndex == segments.count { return true }
        var start = position
        while start < path.count && path[start] == UInt8(ascii: "/") { start += 1 }
        switch segments[segmentIndex] {
        case .anyDepth:
            if segmentIndex == segments.count - 1 { return true }
            while start < path.count {
                if match(segmentIndex: segmentIndex + 1, from: start, in: path) { return true }
                start = Self.partEnd(path, from: start)
                while start < path.count && path[start] == UInt8(ascii: "/") { start += 1 }
            }
            return false
        case .pattern(let wildcard):
            guard start < path.count else { return false }
            let end = Self.partEnd(path, from: start)
            guard wildcard.matches(bytes: path[start..<end]) else { return false }
            return match(segmentIndex: segmentIndex + 1, from: end, in: path)
        }
    }

    private static func partEnd(_ path: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < path.count && path[end] != UInt8(ascii: "/") { end += 1 }
        return end
    }
}

/// An invalid glob or name pattern.
/// Why a glob pattern is invalid.
public struct GlobError: Error, Sendable {
    /// What is wrong.
    public var message: String
}
