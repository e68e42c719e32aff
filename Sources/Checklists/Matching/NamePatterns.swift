#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PythonSyntax

/// A set of dotted-name patterns (`time.sleep`, `requests.*`, `*session.execute`) where `*` matches any
/// run of characters, dots included.
///
/// Patterns are indexed so a file's calls are only compared with patterns that could match them: by a
/// plain last component (`*.execute` → `execute`), else by a plain first component (`requests.*` →
/// `requests`), else by the longest plain text the name must contain (`*_repo.*` → `_repo.`).
struct NamePatterns: Sendable {
    /// Keyed by `componentKey`. A pattern whose last (first) component is plain only matches names with
    /// that same last (first) component, so a key collision only adds a pattern that then fails.
    private let byLast: [Int: [WildcardPattern]]
    private let byFirst: [Int: [WildcardPattern]]
    /// Patterns with wildcards at both ends, with the text a matching name must contain.
    private let scanned: [(pattern: WildcardPattern, required: [UInt8])]
    let isEmpty: Bool

    init(_ patterns: [String]) throws(GlobError) {
        var byLast: [Substring: [WildcardPattern]] = [:]
        var byFirst: [Substring: [WildcardPattern]] = [:]
        var scanned: [(pattern: WildcardPattern, required: [UInt8])] = []
        for text in patterns {
            guard !text.isEmpty else { throw GlobError(message: "empty name pattern") }
            let compiled = try WildcardPattern(text)
            let last = NamePatterns.lastComponent(text)
            let first = NamePatterns.firstComponent(text)
            if !NamePatterns.hasWildcard(last) {
                byLast[last, default: []].append(compiled)
            } else if !NamePatterns.hasWildcard(first), first.count < text.count {
                byFirst[first, default: []].append(compiled)
            } else {
                scanned.append((compiled, NamePatterns.longestLiteral(text)))
            }
        }
        self.byLast = Dictionary(byLast.map { (NamePatterns.componentKey($0.key), $0.value) }, uniquingKeysWith: +)
        self.byFirst = Dictionary(byFirst.map { (NamePatterns.componentKey($0.key), $0.value) }, uniquingKeysWith: +)
        self.scanned = scanned
        scannedLiterals = scanned.map(\.required)
        literalLasts = Array(self.byLast.keys)
        literalFirsts = Array(self.byFirst.keys)
        lastsBloom = NamePatterns.bloom(literalLasts)
        firstsBloom = NamePatterns.bloom(literalFirsts)
        isEmpty = patterns.isEmpty
    }

    /// Hashes (`componentKey`) of the plain last and first components, for `FileContext.candidateCalls`.
    let literalLasts: [Int]
    let literalFirsts: [Int]
    /// `bloom` of `literalLasts` and of `literalFirsts`.
    let lastsBloom: UInt64
    let firstsBloom: UInt64
    let scannedLiterals: [[UInt8]]

    func matches(_ name: String) -> Bool {
        let keys = NamePatterns.componentKeys(name)
        if NamePatterns.mayContain(lastsBloom, keys.last), let bucket = byLast[keys.last], bucket.contains(where: { $0.matches(name) }) {
            return true
        }
        if NamePatterns.mayContain(firstsBloom, keys.first), let bucket = byFirst[keys.first],
            bucket.contains(where: { $0.matches(name) })
        {
            return true
        }
        return scanned.contains { NamePatterns.contains(name, $0.required) && $0.pattern.matches(name) }
    }

    /// Whether either spelling of a call matches.
    func matches(_ call: Call) -> Bool {
        matches(call.resolvedName) || (call.callee != call.resolvedName && matches(call.callee))
    }

    // Searching the UTF-8 view is much cheaper than Character indexing; `.` is ASCII, so the index is
    // always a valid boundary.
    static func lastComponent(_ name: String) -> Substring {
        let utf8 = name.utf8
        if let dot = utf8.lastIndex(of: UInt8(ascii: ".")) { return name[utf8.index(after: dot)...] }
        return name[...]
    }

    static func firstComponent(_ name: String) -> Substring {
        if let dot = name.utf8.firstIndex(of: UInt8(ascii: ".")) { return name[..<dot] }
        return name[...]
    }

    /// FNV-1a of a name component: a cheap integer bucket key. Collisions only add candidates, which
    /// `matches` then rejects.
    static func componentKey(_ text: Substring) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash)
    }

    struct ComponentKeys: Sendable {
        var first: Int
        var last: Int
    }

    /// `componentKey` of the first and the last component, in one pass over the name's bytes.
    static func componentKeys(_ name: String) -> ComponentKeys {
        if let keys = name.utf8.withContiguousStorageIfAvailable(componentKeys(bytes:)) { return keys }
        var copy = name
        return copy.withUTF8(componentKeys(bytes:))
    }

    static func componentKeys(bytes: UnsafeBufferPointer<UInt8>) -> ComponentKeys {
        let basis: UInt64 = 0xcbf2_9ce4_8422_2325
        var hash = basis
        var first = basis
        var sawDot = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                if !sawDot {
                    first = hash
                    sawDot = true
                }
                hash = basis
            } else {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        return ComponentKeys(first: Int(truncatingIfNeeded: sawDot ? first : hash), last: Int(truncatingIfNeeded: hash))
    }

    /// One bit per key (its low six bits): a key whose bit is clear is certainly not in the list, which
    /// settles most calls before the list is searched.
    static func bloom(_ keys: [Int]) -> UInt64 {
        keys.reduce(0) { $0 | (1 &<< UInt64($1 & 63)) }
    }

    @inline(__always)
    static func mayContain(_ bloom: UInt64, _ key: Int) -> Bool {
        bloom & (1 &<< UInt64(key & 63)) != 0
    }

    static func hasWildcard(_ text: Substring) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "[") }
    }

    /// The longest run of plain characters outside `[...]` classes.
    static func longestLiteral(_ text: String) -> [UInt8] {
        var best: [UInt8] = []
        var run: [UInt8] = []
        var inClass = false
        for byte in text.utf8 {
            if inClass {
                if byte == UInt8(ascii: "]") { inClass = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "*"), UInt8(ascii: "?"), UInt8(ascii: "["):
                if run.count > best.count { best = run }
                run = []
                inClass = byte == UInt8(ascii: "[")
            default:
                run.append(byte)
            }
        }
        return run.count > best.count ? run : best
    }

    /// Byte substring search; names are short, so a plain scan is fastest.
    static func contains(_ name: String, _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        if let found = name.utf8.withContiguousStorageIfAvailable({ ByteSearch.contains($0, needle) }) { return found }
        var copy = name
        return copy.withUTF8 { ByteSearch.contains($0, needle) }
    }
}

/// Substring search over bytes.
enum ByteSearch {
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count, let base = haystack.baseAddress else { return false }
        // memchr finds candidates for the needle's rarest byte with SIMD; memcmp confirms. Anchoring on
        // the first byte stopped at every `s` of source code for `security`.
        return needle.withUnsafeBufferPointer { needleBuffer in
            guard let needleBase = needleBuffer.baseAddress else { return true }
            let anchor = rarestPosition(needleBuffer)
            let anchorByte = Int32(needleBuffer[anchor])
            // Candidate anchors lie in anchor...(count - needle.count + anchor).
            var offset = anchor
            let last = haystack.count - needle.count + anchor
            while offset <= last {
                guard let found = memchr(base + offset, anchorByte, last - offset + 1) else { return false }
                let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + position - anchor, needleBase, needle.count) == 0 { return true }
                offset = position + 1
            }
            return false
        }
    }

    /// Position of the byte least likely in source code, by a rough rank of letter frequencies.
    static func rarestPosition(_ needle: UnsafeBufferPointer<UInt8>) -> Int {
        var best = 0
        var bestRank = -1
        for index in 0..<needle.count {
            let rank = Self.rank[Int(needle[index])]
            if rank > bestRank {
                best = index
                bestRank = rank
            }
        }
        return best
    }

    /// Higher is rarer. Letters follow their usual frequency in English and code (case folded); other
    /// bytes sit in between, except space, `_`, `.` and line breaks, which are everywhere.
    private static let rank: [Int] = {
        var table = [Int](repeating: 20, count: 256)
        for (position, letter) in "etaoinsrhldcumfpgwybvkxjqz".utf8.enumerated() {
            table[Int(letter)] = position
            table[Int(letter) - 32] = position
        }
        for common in " _.\n\t".utf8 { table[Int(common)] = 0 }
        return table
    }()
}
