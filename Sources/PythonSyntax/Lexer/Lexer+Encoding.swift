/// Source encoding: the PEP 263 coding cookie and UTF-8 validity.
///
/// The tokenizer reads bytes. When the file is UTF-8 (no cookie, or a UTF-8 cookie), comments and strings
/// with invalid UTF-8 are followed by a zero-width ERRORTOKEN, as CPython refuses such files. With a cookie
/// for another codec, bytes in comments and strings are taken as they are. A cookie naming a codec Python
/// does not have, or a non-UTF-8 cookie after a UTF-8 BOM, is also followed by a zero-width ERRORTOKEN.
extension Lexer {
    /// Checks a comment on line 1 or 2 for a coding cookie; call right after emitting it.
    mutating func checkCodingCookie(commentStart: Int) {
        guard line <= 2, !cookieSeen else { return }
        var index = commentStart
        while index > lineStart {
            let c = src[index - 1]
            if c != 0x20 && c != 0x09 && c != 0x0C { return }
            index -= 1
        }
        if line == 2 && tokens.dropLast().contains(where: { $0.kind != .comment && $0.kind != .nl }) { return }
        guard let name = cookieName(from: commentStart, to: pos) else { return }
        cookieSeen = true
        let normalized = String(decoding: name.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 | 0x20 },
                                as: UTF8.self)
        // CPython normalises only `utf-8` and `utf-8-*`; after a BOM even `utf8` is "an encoding problem".
        let isCanonicalUTF8 = normalized == "utf-8" || normalized.hasPrefix("utf-8-")
        if !isCanonicalUTF8 && normalized != "utf8" { requiresUTF8 = false }
        let hasBOM = count >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF
        if (hasBOM && !isCanonicalUTF8) || !Self.isKnownCodec(normalized) {
            emitHere(.errorToken, from: pos)
        }
    }

    /// `coding[:=][ \t]*([-\w.]+)` searched in the comment, first match.
    func cookieName(from start: Int, to end: Int) -> ArraySlice<UInt8>? {
        let word: [UInt8] = Array("coding".utf8)
        var index = start
        while index + 7 <= end {
            if src[index] == word[0] && (0..<6).allSatisfy({ src[index + $0] == word[$0] })
                && (src[index + 6] == UInt8(ascii: ":") || src[index + 6] == UInt8(ascii: "=")) {
                var nameStart = index + 7
                while nameStart < end && (src[nameStart] == 0x20 || src[nameStart] == 0x09) { nameStart += 1 }
                var nameEnd = nameStart
                while nameEnd < end {
                    let c = src[nameEnd]
                    if isASCIINameByte(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") { nameEnd += 1 } else { break }
                }
                if nameEnd > nameStart { return ArraySlice(UnsafeBufferPointer(rebasing: src[nameStart..<nameEnd])) }
            }
            index += 1
        }
        return nil
    }

    /// Whether a (lower-cased, `_`→`-`) codec name is one Python knows; a generous pattern list, so only
    /// misspellings such as `uft-8` are refused.
    static func isKnownCodec(_ name: String) -> Bool {
        let exact: Set<String> = [
            "ascii", "us-ascii", "latin1", "latin-1", "iso-latin-1", "l1", "utf8", "utf-8", "sjis", "shift-jis",
            "shiftjis", "gbk", "gb2312", "gb18030", "big5", "big5hkscs", "cp932", "euc-jp", "euc-kr", "euc-jis-2004",
            "koi8-r", "koi8-u", "koi8-t", "mac-roman", "macroman", "mac-cyrillic", "mac-greek", "mac-latin2",
            "utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "mbcs", "hz", "johab", "ptcp154",
            "iso2022-jp", "iso-2022-jp", "utf-7", "utf7", "tis-620", "cp65001",
        ]
        if exact.contains(name) || name.hasPrefix("utf-8-") || name.hasPrefix("latin-1-") || name.hasPrefix("iso-8859-1-") { return true }
        for prefix in ["iso-8859-", "iso8859-", "cp", "windows-", "latin", "ibm"] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if !rest.isEmpty && rest.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        }
        return false
    }

    /// Whether `start..<end` is valid UTF-8 (only called when a byte >= 0x80 was seen).
    func isValidUTF8(from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            if src[index] < 0x80 {
                index += 1
                continue
            }
            guard let (_, length) = scalar(at: index), index + length <= end else { return false }
            index += length
        }
        return true
    }

    /// After a comment, string or f-string part: a zero-width ERRORTOKEN if it is not valid UTF-8.
    mutating func validateUTF8(from start: Int, to end: Int) {
        guard requiresUTF8 else { return }
        var high: UInt8 = 0
        for index in start..<end { high |= src[index] }
        if high >= 0x80 && !isValidUTF8(from: start, to: end) {
            let saved = pos
            pos = end
            tokens.append(Token(
                kind: .errorToken, start: Int32(end), end: Int32(end), line: line, column: Int32(end - lineStart),
                endLine: line, endColumn: Int32(end - lineStart)))
            pos = saved
        }
    }
}
