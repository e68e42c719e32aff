/// What a report says about one rule, independent of any finding: SARIF's `reportingDescriptor`.
public struct RuleDescriptor: Sendable, Hashable, Codable {
    /// The rule id, e.g. `rls-missing-context`.
    public var id: String
    /// The checklist section the rule belongs to.
    public var section: Section
    /// The default severity of the rule's findings.
    public var severity: Severity
    /// One-line title (SARIF `shortDescription`).
    public var title: LocalizedText
    /// What the rule flags (SARIF `fullDescription`).
    public var message: LocalizedText
    /// How to fix a finding of this rule.
    public var fix: LocalizedText
    /// Why the fix is right.
    public var why: LocalizedText
    /// Where the rule is documented, if anywhere.
    public var helpURI: String?

    /// A descriptor with every field given.
    public init(
        id: String, section: Section, severity: Severity, title: LocalizedText, message: LocalizedText,
        fix: LocalizedText, why: LocalizedText, helpURI: String? = nil
    ) {
        self.id = id
        self.section = section
        self.severity = severity
        self.title = title
        self.message = message
        self.fix = fix
        self.why = why
        self.helpURI = helpURI
    }

    /// A descriptor made from a finding, for findings (usually the model's) whose rule the report lacks.
    public init(describing finding: Finding) {
        self.init(
            id: finding.ruleID, section: finding.section, severity: finding.severity, title: finding.title,
            message: finding.message, fix: finding.fix, why: finding.why)
    }
}
