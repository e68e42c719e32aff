/// Case-insensitive byte matching for plain ASCII text, where `lowercased().contains(_:)` went through
/// Foundation for every name. For ASCII without carriage returns, bytes and Characters line up and
/// lower-casing is per byte, so the answers are the same; other text takes the Unicode-aware path.
enum ASCIIText {
    /// The lower-cased bytes of `texts` when every one is non-empty ASCII without `\r`; nil otherwise.
    static func needles(_ texts: [String]) -> [[UInt8]]? {
        var result: [[UInt8]] = []
        for text in texts {
            let bytes = Array(text.utf8)
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            result.append(bytes.map(RegexPrefilter.lower))
        }
        return result
    }

    /// Runs `body` on the lower-cased bytes of `text`; nil when `text` is not ASCII or holds a `\r`.
    static func withLowercased<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        var copy = text
        return copy.withUTF8 { bytes -> Result? in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { lowered -> Result? in
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    guard byte < 0x80, byte != 0x0D else { return nil }
                    lowered[index] = RegexPrefilter.lower(byte)
                }
                return body(UnsafeBufferPointer(rebasing: lowered[0..<bytes.count]))
            }
        }
    }

    static func hasSuffix(_ text: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        guard suffix.count <= text.count else { return false }
        let start = text.count - suffix.count
        for index in 0..<suffix.count where text[start + index] != suffix[index] { return false }
        return true
    }

    /// Whether `text` contains `needle` (lower-case ASCII) ignoring ASCII case. Non-ASCII bytes never
    /// match, so this is a prefilter for case-insensitive regexes over ASCII keywords.
    static func containsIgnoringCase(_ text: String, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        var copy = text
        return copy.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) where RegexPrefilter.lower(bytes[start]) == first {
                var matched = true
                for index in 1..<needle.count where RegexPrefilter.lower(bytes[start + index]) != needle[index] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            return false
        }
    }
}
