import Foundation

/// One well-known secret format: a regular expression and the capture group that holds the secret value.
struct SecretPattern: Sendable {
    /// The placeholder's label: `[REDACTED:<kind>]`.
    let kind: String
    let regex: NSRegularExpression
    /// 0 replaces the whole match; otherwise only this group (so `Bearer ` or `user:` stay readable).
    let group: Int

    init(_ kind: String, _ pattern: String, group: Int = 0) {
        self.kind = kind
        // The patterns are literals checked by the tests; a typo must fail loudly, not redact nothing.
        do {
            regex = try NSRegularExpression(pattern: pattern)
        } catch {
            preconditionFailure("invalid secret pattern \(kind): \(error)")
        }
        self.group = group
    }

    /// `text` with every match's secret replaced by the placeholder. Matches never span a newline, so the
    /// number of lines stays the same.
    func apply(to text: String) -> String {
        let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard !matches.isEmpty else { return text }
        var ranges: [Range<String.Index>] = []
        for match in matches {
            let range = match.range(at: group)
            guard range.location != NSNotFound, range.length > 0, let swiftRange = Range(range, in: text) else {
                continue
            }
            if text[swiftRange].hasPrefix(SecretRedactor.placeholderPrefix) { continue }
            ranges.append(swiftRange)
        }
        return SecretPattern.replace(ranges, in: text, with: SecretRedactor.placeholder(kind))
    }

    /// Replaces ascending, non-overlapping `ranges` of `text` with `replacement`.
    static func replace(_ ranges: [Range<String.Index>], in text: String, with replacement: String) -> String {
        guard !ranges.isEmpty else { return text }
        var output = ""
        var cursor = text.startIndex
        for range in ranges where range.lowerBound >= cursor {
            output += text[cursor..<range.lowerBound]
            output += replacement
            cursor = range.upperBound
        }
        output += text[cursor...]
        return output
    }
}
