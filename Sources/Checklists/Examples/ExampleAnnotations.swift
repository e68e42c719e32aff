/// The `ruleid:` / `ok:` annotations of one example file.
///
/// An annotation is a comment line (`#`, `--` or `//`) reading `ruleid: a, b` or `ok: a`; it applies to
/// the next line that is neither blank nor another annotation.
struct ExampleAnnotations {
    /// Line → rule ids that must flag it.
    var expected: [Int: Set<String>] = [:]
    /// Line → rule ids that must not flag it.
    var allowed: [Int: Set<String>] = [:]

    init(code: String) {
        var pendingExpected: Set<String> = []
        var pendingAllowed: Set<String> = []
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let line = raw.trimmingWhitespace
            if let (kind, ids) = Self.annotation(line) {
                if kind == "ruleid" { pendingExpected.formUnion(ids) } else { pendingAllowed.formUnion(ids) }
                continue
            }
            if line.isEmpty { continue }
            if !pendingExpected.isEmpty { expected[offset + 1] = pendingExpected }
            if !pendingAllowed.isEmpty { allowed[offset + 1] = pendingAllowed }
            pendingExpected = []
            pendingAllowed = []
        }
    }

    static func annotation(_ line: Substring) -> (String, [String])? {
        var rest = line
        if rest.hasPrefix("#") {
            rest = rest.dropFirst()
        } else if rest.hasPrefix("--") || rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
        } else {
            return nil
        }
        rest = rest.trimmingWhitespace
        for kind in ["ruleid", "ok"] where rest.hasPrefix(kind + ":") {
            let ids = rest.dropFirst(kind.count + 1).split(separator: ",").map { String($0.trimmingWhitespace) }
            return (kind, ids.filter { !$0.isEmpty })
        }
        return nil
    }
}

extension Substring {
    var trimmingWhitespace: Substring {
        var result = self
        while let first = result.first, first.isWhitespace { result = result.dropFirst() }
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}
