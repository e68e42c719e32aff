import PythonSyntax

/// A set of dotted-name patterns (`time.sleep`, `requests.*`, `*session.execute`) where `*` matches any
/// run of characters, dots included.
///
/// Patterns whose last component is plain text are bucketed by it, so a call is only compared with the
/// patterns that could match its last component.
struct NamePatterns: Sendable {
    private let byLast: [Substring: [WildcardPattern]]
    private let wildcardLast: [WildcardPattern]
    let isEmpty: Bool

    init(_ patterns: [String]) throws(GlobError) {
        var byLast: [Substring: [WildcardPattern]] = [:]
        var wildcardLast: [WildcardPattern] = []
        for text in patterns {
            guard !text.isEmpty else { throw GlobError(message: "empty name pattern") }
            let compiled = try WildcardPattern(text)
            let last = NamePatterns.lastComponent(text)
            if last.contains(where: { "*?[]".contains($0) }) {
                wildcardLast.append(compiled)
            } else {
                byLast[last, default: []].append(compiled)
            }
        }
        self.byLast = byLast
        self.wildcardLast = wildcardLast
        isEmpty = patterns.isEmpty
    }

    /// Literal last components; a file without any call ending in one of these cannot match,
    /// unless `hasWildcardLast`.
    var literalLasts: [Substring] { Array(byLast.keys) }
    var hasWildcardLast: Bool { !wildcardLast.isEmpty }

    func matches(_ name: String) -> Bool {
        if let bucket = byLast[NamePatterns.lastComponent(name)], bucket.contains(where: { $0.matches(name) }) {
            return true
        }
        return wildcardLast.contains { $0.matches(name) }
    }

    /// Whether either spelling of a call matches.
    func matches(_ call: Call) -> Bool {
        matches(call.resolvedName) || (call.callee != call.resolvedName && matches(call.callee))
    }

    static func lastComponent(_ name: String) -> Substring {
        if let dot = name.lastIndex(of: ".") { return name[name.index(after: dot)...] }
        return name[...]
    }
}

