import ReviewCore

extension RepositoryConfig {
    /// The catalog this repository runs: disabled rules removed, severities overridden.
    public func apply(to catalog: Catalog) -> Catalog {
        guard !disabledRules.isEmpty || !severities.isEmpty else { return catalog }
        let rules = catalog.rules.compactMap { rule -> Rule? in
            guard !disabledRules.contains(rule.id) else { return nil }
            var rule = rule
            if let severity = severities[rule.id] { rule.severity = severity }
            return rule
        }
        return Catalog(rules: rules)
    }

    /// Whether findings on `path` are dropped by `ignore_paths`.
    public func ignores(_ path: String) -> Bool {
        ignoredGlobs.contains { $0.matches(path) }
    }

    /// Rule ids named in `disable` or `severity` that the catalog does not have: likely typos, worth a note.
    public func unknownRules(in catalog: Catalog) -> [String] {
        let known = Set(catalog.rules.map(\.id))
        return Set(disabledRules).union(severities.keys).subtracting(known).sorted()
    }

    private var ignoredGlobs: [Glob] {
        // Parsing validated every glob, so a failure here cannot happen for a parsed config.
        ignorePaths.compactMap { try? Glob($0) }
    }
}
