/// What a blocker's tags say (see ``MemoryTag``).
extension Blocker {
    /// The rule the blocker is about (`rule:<id>`), if it names one.
    public var ruleID: String? { MemoryTag.ruleID(in: tags) }

    /// Whether the blocker is about `ruleID`.
    func concerns(rule ruleID: String) -> Bool { MemoryTag.names(tags, rule: ruleID) }
}
