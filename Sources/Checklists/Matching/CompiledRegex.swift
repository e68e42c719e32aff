import Foundation

/// A regular expression compiled once at catalog compile time and shared by all evaluation threads.
struct CompiledRegex: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented thread-safe for matching.
    let expression: NSRegularExpression
    let pattern: String

    init(_ pattern: String, options: NSRegularExpression.Options = []) throws {
        self.pattern = pattern
        expression = try NSRegularExpression(pattern: pattern, options: options)
    }

    func matches(_ text: String) -> Bool {
        let ns = text as NSString
        return expression.firstMatch(in: text, options: [], range: NSRange(location: 0, length: ns.length)) != nil
    }

    /// UTF-16 offsets of the start of every match in `text`.
    func matchOffsets(in text: String) -> [Int] {
        let ns = text as NSString
        return expression.matches(in: text, options: [], range: NSRange(location: 0, length: ns.length)).map {
            $0.range.location
        }
    }

    /// Every match with its UTF-16 range and capture groups.
    func matchResults(in text: String) -> [NSTextCheckingResult] {
        let ns = text as NSString
        return expression.matches(in: text, options: [], range: NSRange(location: 0, length: ns.length))
    }

    /// Validates a pattern, returning the reason it is invalid.
    static func problem(in pattern: String) -> String? {
        do {
            _ = try NSRegularExpression(pattern: pattern)
            return nil
        } catch {
            return "invalid regular expression '\(pattern)': \(error.localizedDescription)"
        }
    }
}
