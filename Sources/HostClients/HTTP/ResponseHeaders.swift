import Foundation

/// Response headers with case-insensitive lookup; repeated headers are joined with `, ` as HTTP allows.
public struct ResponseHeaders: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    private var values: [String: String]

    /// Creates headers from name-value pairs.
    public init(_ pairs: some Sequence<(String, String)>) {
        var values: [String: String] = [:]
        for (name, value) in pairs {
            let key = name.lowercased()
            if let existing = values[key] {
                values[key] = existing + ", " + value
            } else {
                values[key] = value
            }
        }
        self.values = values
    }

    /// Creates headers from a literal: `["Retry-After": "1"]`.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    /// The value of `name` (any case), trimmed; `nil` when absent.
    public subscript(_ name: String) -> String? {
        values[name.lowercased()].map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
