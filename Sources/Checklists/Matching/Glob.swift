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
        let bytes = Array(path.utf8)
        var parts: [Range<Int>] = []
        var begin = 0
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "/") {
            if offset > begin { parts.append(begin..<offset) }
            begin = offset + 1
        }
        if bytes.count > begin { parts.append(begin..<bytes.count) }
        return bytes.withUnsafeBufferPointer { buffer in
            match(segmentIndex: 0, parts: parts[...], buffer: buffer)
        }
    }

    /// A pattern that matches a leading directory of the path matches the path (gitignore semantics).
    private func match(segmentIndex: Int, parts: ArraySlice<Range<Int>>, buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        if segmentIndex == segments.count { return true }
        switch segments[segmentIndex] {
        case .anyDepth:
            if segmentIndex == segments.count - 1 { return true }
            var rest = parts
            while !rest.isEmpty {
                if match(segmentIndex: segmentIndex + 1, parts: rest, buffer: buffer) { return true }
                rest = rest.dropFirst()
            }
            return false
        case .pattern(let wildcard):
            guard let first = parts.first, wildcard.matches(bytes: buffer[first]) else { return false }
            return match(segmentIndex: segmentIndex + 1, parts: parts.dropFirst(), buffer: buffer)
        }
    }
}

/// An invalid glob or name pattern.
struct GlobError: Error, Sendable {
    var message: String
}
