import Foundation

/// The tags that make decisions and blockers machine-readable (docs/expertise-rules.md). People may write
/// them too, so reading is lenient: surrounding spaces are ignored and the prefixes and keywords are
/// case-insensitive.
public enum MemoryTag {
    /// `rule:<id>`: the checklist rule a decision or blocker is about.
    public static let rulePrefix = "rule:"
    /// `scope:<glob>`: the paths a decision covers; no scope tag means the whole repository.
    public static let scopePrefix = "scope:"
    /// The rule does not apply under the scope: its findings there are suppressed.
    public static let notApplicable = "not-applicable"
    /// The rule applies under the scope: reviewers confirmed its findings.
    public static let applies = "applies"
    /// The rule is demoted one severity level in this repository.
    public static let demoted = "demoted"
    /// An admin undid the rule's demotion; the rule is not demoted again automatically.
    public static let demotionUndone = "demotion-undone"
    /// `reviewer:<login>`: who gave the feedback behind a decision.
    public static let reviewerPrefix = "reviewer:"
    /// Written by reviewer feedback.
    public static let sourceFeedback = "source:feedback"
    /// Written by a review (blockers).
    public static let sourceReview = "source:review"
    /// The scope that means the whole repository.
    public static let wholeRepository = "**"

    /// `rule:<id>`.
    public static func rule(_ id: String) -> String { rulePrefix + id }

    /// The value after `prefix` in `tag`, if `tag` has that prefix.
    static func value(of tag: String, prefix: String) -> String? {
        let trimmed = tag.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > prefix.count, trimmed.lowercased().hasPrefix(prefix) else { return nil }
        let value = String(trimmed.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    /// Whether `tags` holds `keyword` (case-insensitive).
    static func contains(_ tags: [String], _ keyword: String) -> Bool {
        tags.contains { $0.trimmingCharacters(in: .whitespaces).lowercased() == keyword }
    }

    /// The rule id in `tags`, if any.
    static func ruleID(in tags: [String]) -> String? {
        tags.lazy.compactMap { value(of: $0, prefix: rulePrefix) }.first
    }

    /// Whether `tags` name `ruleID` (rule ids compare case-insensitively).
    static func names(_ tags: [String], rule ruleID: String) -> Bool {
        let wanted = ruleID.lowercased()
        return tags.contains { value(of: $0, prefix: rulePrefix)?.lowercased() == wanted }
    }
}
