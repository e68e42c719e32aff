import ReviewCore

/// A rule demoted one severity level in a repository because reviewers kept dismissing its findings.
///
/// ```swift
/// let demotion = Demotion(ruleID: "async-blocking-sleep", decisionID: "BE12-004", dismissals: 3)
/// demotion.apply(.critical)   // .high
/// ```
public struct Demotion: Sendable, Hashable {
    /// The demoted rule.
    public var ruleID: String
    /// The decision that records the demotion (tagged `demoted`).
    public var decisionID: String
    /// Dismissals behind it (the decision's `validated_count`).
    public var dismissals: Int

    /// Creates a demotion.
    public init(ruleID: String, decisionID: String, dismissals: Int) {
        self.ruleID = ruleID
        self.decisionID = decisionID
        self.dismissals = dismissals
    }

    /// One level less severe: critical → high → medium → low; low stays low.
    public func apply(_ severity: Severity) -> Severity { severity.demoted }
}

extension ExpertiseMemory {
    /// The rule's active demotion in this memory, if any: a decision tagged `rule:<id>` and `demoted`, unless
    /// a decision of this memory for the rule says `demotion-undone`.
    public func demotion(forRule ruleID: String) -> Demotion? {
        let forRule = decisions.filter { $0.concerns(rule: ruleID) }
        if forRule.contains(where: { MemoryTag.contains($0.tags, MemoryTag.demotionUndone) }) { return nil }
        guard let decision = forRule.first(where: \.isActiveDemotion) else { return nil }
        return Demotion(ruleID: ruleID, decisionID: decision.id, dismissals: decision.validatedCount)
    }

    /// Every decision about `ruleID`, in file order (verdicts and demotions alike).
    public func decisions(forRule ruleID: String) -> [Decision] {
        decisions.filter { $0.concerns(rule: ruleID) }
    }
}
