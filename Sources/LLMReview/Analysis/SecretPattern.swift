import Foundation

/// One well-known secret format: a regular expression and the capture group that holds the secret value.
struct SecretPattern: Sendable {
    /// The placeholder's label: `[REDACTED:<kind>]`.
    let kind: String
    let regex: NSRegularExpression
    /// 0 replaces the whole match; otherwise only this group (so `Bearer ` or `user:` stay readable).
    let group: Int
    /// A fixed part every match contains (lowercased when the pattern ignores case): a cheap test that skips
    /// the regular expression for text that cannot match.
    let needle: String?

    init(_ kind: String, _ pattern: String, group: Int = 0, needle: String? = nil) {
        self.kind = kind
        // The patterns are literals checked by the tests; a typo must fail loudly, not redact nothing.
        do {
            regex = try NSRegularExpression(pattern: pattern)
        } catch {
            preconditionFailure("invalid secret pattern \(kind): \(error)")
        }
        self.group = group
        self.needle = needle
    }

    /// `text` with every match's secret replaced by the placeholder. Matches never span a newline, so the
    /// number of lines stays the same.
    func apply(to text: String) -> String {
        if let needle, !SecretPattern.contains(text, needle) { return text }
        let units = UTF16Text(text)
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: units.count))
        let ranges = matches.map { $0.range(at: group) }.filter { range in
            range.location != NSNotFound && range.length > 0
                && !units.string(range).hasPrefix(SecretRedactor.placeholderPrefix)
        }
        return units.replacing(ranges, with: SecretRedactor.placeholder(kind)) ?? text
    }

    /// Whether `text` holds `needle`, compared byte by byte (much cheaper than the regular expression).
    static func contains(_ text: String, _ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard let first = needle.first else { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            var index = 0
            while index <= bytes.count - needle.count {
                if bytes[index] == first {
                    var offset = 1
                    while offset < needle.count, bytes[index + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                index += 1
            }
            return false
        }
    }
}
