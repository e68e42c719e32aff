import Foundation

/// Parses the RFC 3339 timestamps hosts send (`2016-07-11T22:14:10Z`, with or without fractional seconds).
enum ISO8601Timestamp {
    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
