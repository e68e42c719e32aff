/// Just enough JSON lexing to find values in text that is not all JSON: prose around it, code fences, or an
/// answer cut off in the middle. Strings (with escapes) are skipped so braces inside them do not count.
struct ModelAnswerScanner {
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The index just past the object or array opening at `start`, or nil if the text ends first.
    func endOfContainer(from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                guard let end = endOfString(from: index) else { return nil }
                index = end
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The index just past the string opening at `start`, or nil if it is unterminated.
    func endOfString(from start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return nil
    }

    /// The index of the next byte that is not JSON whitespace.
    func skipWhitespace(from start: Int) -> Int {
        var index = start
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index
    }

    /// The index just past a scalar or anything else up to the next `,` or `]` outside strings.
    func endOfElement(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                guard let end = endOfString(from: index) else { return bytes.count }
                index = end
                continue
            case UInt8(ascii: ","), UInt8(ascii: "]"):
                return index
            default:
                index += 1
            }
        }
        return index
    }

    /// The index of the `[` of the first `"findings": [` (a `"findings": null` counts, at the `n`).
    func findingsArray() -> Int? {
        let key = Array("\"findings\"".utf8)
        var index = 0
        while let found = firstIndex(of: key, from: index) {
            var cursor = skipWhitespace(from: found + key.count)
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") {
                cursor = skipWhitespace(from: cursor + 1)
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "[") || bytes[cursor] == UInt8(ascii: "n") {
                    return cursor
                }
            }
            index = found + 1
        }
        return nil
    }

    /// The first `[` directly followed by `{` or `]`: a bare top-level array of findings.
    func bareArray() -> Int? {
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "[") {
                let next = skipWhitespace(from: index + 1)
                if next == bytes.count || bytes[next] == UInt8(ascii: "{") || bytes[next] == UInt8(ascii: "]") {
                    return index
                }
            }
            index += 1
        }
        return nil
    }

    /// The first `{`.
    func firstObject() -> Int? {
        bytes.firstIndex(of: UInt8(ascii: "{"))
    }

    private func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
