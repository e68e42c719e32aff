/// Path handling for diff headers: git's C-quoting, `a/`/`b/` prefixes, `/dev/null`, timestamps.
///
/// Works on bytes so octal escapes (`"p\303\251.py"`) become the UTF-8 bytes git meant.
enum DiffPath {
    static let devNull: [UInt8] = Array("/dev/null".utf8)

    /// Decodes a C-quoted string that starts at `bytes[from]` (which must be `"`).
    /// Returns the decoded bytes and the index just after the closing quote, or nil if unterminated.
    static func unquote(_ bytes: [UInt8], from: Int = 0) -> (value: [UInt8], end: Int)? {
        guard from < bytes.count, bytes[from] == UInt8(ascii: "\"") else { return nil }
        var value: [UInt8] = []
        var index = from + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return (value, index + 1) }
            guard byte == UInt8(ascii: "\\") else {
                value.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { return nil }
            let escaped = bytes[index]
            switch escaped {
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                // Up to three octal digits, one byte (git quotes every byte >= 0x80 this way).
                var code = 0
                var digits = 0
                while digits < 3, index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[index]) {
                    code = code * 8 + Int(bytes[index] - UInt8(ascii: "0"))
                    index += 1
                    digits += 1
                }
                value.append(UInt8(truncatingIfNeeded: code))
                continue
            case UInt8(ascii: "a"): value.append(0x07)
            case UInt8(ascii: "b"): value.append(0x08)
            case UInt8(ascii: "f"): value.append(0x0C)
            case UInt8(ascii: "n"): value.append(0x0A)
            case UInt8(ascii: "r"): value.append(0x0D)
            case UInt8(ascii: "t"): value.append(0x09)
            case UInt8(ascii: "v"): value.append(0x0B)
            default: value.append(escaped)  // \\ and \" and anything unknown: the character itself
            }
            index += 1
        }
        return nil
    }

    /// The path in a `--- `/`+++ `/`rename from ` field: quoted, or up to the first TAB
    /// (`diff -u` puts a timestamp after a TAB; git adds a bare TAB after names with spaces).
    static func field(_ bytes: [UInt8]) -> [UInt8] {
        if let (value, _) = unquote(bytes) { return value }
        if let tab = bytes.firstIndex(of: 0x09) { return Array(bytes[..<tab]) }
        return bytes
    }

    /// Splits the text after `diff --git ` into its two paths (prefixes still on).
    ///
    /// Unquoted names with spaces are ambiguous; like git, prefer the split where both sides name the
    /// same file, since renames also carry `rename from/to` lines that override this guess.
    static func splitGitHeader(_ rest: [UInt8]) -> (old: [UInt8], new: [UInt8])? {
        let space = UInt8(ascii: " ")
        if let (old, end) = unquote(rest) {
            var index = end
            while index < rest.count, rest[index] == space { index += 1 }
            guard index < rest.count else { return nil }
            let tail = Array(rest[index...])
            return (old, unquote(tail)?.value ?? tail)
        }
        if rest.last == UInt8(ascii: "\""), rest.count >= 2 {
            // `a/x "b/y"`: try the few ` "` positions; bounded so a hostile line stays linear-ish.
            var tries = 0
            var index = 0
            while index + 1 < rest.count, tries < 16 {
                if rest[index] == space, rest[index + 1] == UInt8(ascii: "\"") {
                    tries += 1
                    let tail = Array(rest[(index + 1)...])
                    if let (new, end) = unquote(tail), end == tail.count { return (Array(rest[..<index]), new) }
                }
                index += 1
            }
        }
        // Both sides can only name the same file (`a/NAME b/NAME` or `NAME NAME`) when the line
        // splits exactly in the middle, so that is the one split worth comparing.
        if rest.count % 2 == 1, rest[rest.count / 2] == space {
            let old = Array(rest[..<(rest.count / 2)])
            let new = Array(rest[(rest.count / 2 + 1)...])
            if old == new || (hasPrefixPair(old, new) && old[2...] == new[2...]) { return (old, new) }
        }
        // A rename without rename lines: split before ` b/` if the line starts with `a/`, else at
        // the first space. Renames normally carry `rename from/to`, which override this.
        guard let firstSpace = rest.firstIndex(of: space) else { return nil }
        var split = firstSpace
        if rest.starts(with: [UInt8(ascii: "a"), UInt8(ascii: "/")]) {
            var index = firstSpace
            while index + 2 < rest.count {
                if rest[index] == space, rest[index + 1] == UInt8(ascii: "b"), rest[index + 2] == UInt8(ascii: "/") {
                    split = index
                    break
                }
                index += 1
            }
        }
        return (Array(rest[..<split]), Array(rest[(split + 1)...]))
    }

    /// True when both paths start with a one-letter directory and the letters differ: `a/ b/`,
    /// and git's mnemonic `c/ w/`, `i/ w/`, `o/ w/`. Same letters (`a/x a/x`) mean `--no-prefix`.
    static func hasPrefixPair(_ old: [UInt8], _ new: [UInt8]) -> Bool {
        guard old.count > 2, new.count > 2, old[1] == UInt8(ascii: "/"), new[1] == UInt8(ascii: "/") else {
            return false
        }
        return old[0] != new[0] && old[0] != UInt8(ascii: "/") && new[0] != UInt8(ascii: "/")
    }

    /// True for a lone path (the other side is `/dev/null`) that starts with git's default prefix.
    static func hasDefaultPrefix(_ path: [UInt8]) -> Bool {
        path.count > 2 && (path[0] == UInt8(ascii: "a") || path[0] == UInt8(ascii: "b")) && path[1] == UInt8(ascii: "/")
    }

    /// Drops the first path component (`a/src/x.py` → `src/x.py`).
    static func dropComponent(_ path: [UInt8]) -> [UInt8] {
        guard let slash = path.firstIndex(of: UInt8(ascii: "/")) else { return path }
        return Array(path[(slash + 1)...])
    }

    static func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
