/// The rules a review runs with: the bundled checklist, an admin directory, or both.
public struct Catalog: Sendable {
    public var rules: [Rule]

    public init(rules: [Rule]) {
        self.rules = rules
    }

    /// Repository-relative project files some rule reads (e.g. `pyproject.toml` for `asyncio_mode`).
    /// The engine supplies their contents in `ChangeSet.projectFiles`.
    public var projectFilesNeeded: Set<String> {
        Set(rules.flatMap(\.matcher.projectFiles))
    }

    /// This catalog with `overrides` applied: a rule with an existing id replaces it in place, new ids are
    /// appended. Lets an admin directory adjust bundled rules (e.g. paths or severity) without copying them all.
    public func merged(with overrides: Catalog) -> Catalog {
        var rules = self.rules
        for rule in overrides.rules {
            if let position = rules.firstIndex(where: { $0.id == rule.id }) {
                rules[position] = rule
            } else {
                rules.append(rule)
            }
        }
        return Catalog(rules: rules)
    }

    /// The rule with this id, if any.
    public func rule(id: String) -> Rule? {
        rules.first { $0.id == id }
    }
}
