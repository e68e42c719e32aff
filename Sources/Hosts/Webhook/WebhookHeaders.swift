import Foundation

/// HTTP headers of a delivery with case-insensitive lookup (`X-GitHub-Event` = `x-github-event`).
///
/// When a name repeats, the first value wins: hosts send each webhook header once, and a proxy that appends a
/// second copy must not be able to override the host's value.
public struct WebhookHeaders: Sendable, Hashable {
    private var values: [String: String]

    /// Creates headers from name/value pairs in the order they arrived.
    public init(_ pairs: some Sequence<(String, String)>) {
        var values: [String: String] = [:]
        for (name, value) in pairs where values[name.lowercased()] == nil {
            values[name.lowercased()] = value
        }
        self.values = values
    }

    /// Creates headers from a dictionary.
    public init(_ dictionary: [String: String]) {
        self.init(dictionary.map { ($0.key, $0.value) })
    }

    /// The value of the header `name`, compared case-insensitively.
    public subscript(name: String) -> String? {
        values[name.lowercased()]
    }

    /// The first of `names` that is present with a non-empty value, in the order given.
    public func first(of names: [String]) -> String? {
        for name in names {
            if let value = self[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return nil
    }
}

extension WebhookHeaders: ExpressibleByDictionaryLiteral {
    /// Creates headers from a literal, for tests and replays.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }
}
