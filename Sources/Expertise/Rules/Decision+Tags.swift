import Checklists

/// What a decision's tags say (see ``MemoryTag``).
extension Decision {
    /// Which way reviewers decided about a rule under a scope.
    public enum Verdict: String, Sendable, Hashable {
        /// `not-applicable`: the rule's findings there are false positives.
        case notApplicable = "not-applicable"
        /// `applies`: the rule's findings there are right.
        case applies
    }

    /// The rule the decision is about (`rule:<id>`), if it names one.
    public var ruleID: String? { MemoryTag.ruleID(in: tags) }

    /// The decision's scope glob (`scope:<glob>`), or `**` (the whole repository) when it has none.
    public var scope: String {
        tags.lazy.compactMap { MemoryTag.value(of: $0, prefix: MemoryTag.scopePrefix) }.first
            ?? MemoryTag.wholeRepository
    }

    /// `not-applicable` or `applies`; nil when the tags say neither, or both.
    public var verdict: Verdict? {
        let notApplicable = MemoryTag.contains(tags, MemoryTag.notApplicable)
        let applies = MemoryTag.contains(tags, MemoryTag.applies)
        if notApplicable == applies { return nil }
        return notApplicable ? .notApplicable : .applies
    }

    /// Tagged `demoted` and not `demotion-undone`: the rule is one severity level lower in this repository.
    public var isActiveDemotion: Bool {
        MemoryTag.contains(tags, MemoryTag.demoted) && !MemoryTag.contains(tags, MemoryTag.demotionUndone)
    }

    /// Tagged `demoted` or `demotion-undone`: a demotion was decided for the rule, whether or not undone.
    var isDemotionRecord: Bool {
        MemoryTag.contains(tags, MemoryTag.demoted) || MemoryTag.contains(tags, MemoryTag.demotionUndone)
    }

    /// Whether the decision is about `ruleID`.
    func concerns(rule ruleID: String) -> Bool { MemoryTag.names(tags, rule: ruleID) }

    /// Whether the scope covers `path`: the path itself, or a path the glob matches (`/name`: at the root
    /// only). A glob that does not compile covers nothing, so a typo in a hand-written tag cannot hide findings.
    func covers(path: String) -> Bool {
        let scope = self.scope
        if scope == MemoryTag.wholeRepository || scope == path { return true }
        guard let glob = try? PathGlob(scope) else { return false }
        // `/name` is anchored at the root (gitignore), while PathGlob would match the name at any depth.
        if scope.hasPrefix("/") && !scope.dropFirst().contains("/") && path.contains("/") { return false }
        return glob.matches(path)
    }
}
