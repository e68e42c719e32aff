import ReviewCore

/// What the memory says before a review (seed §4, "Pre-Tarea"), read from the bot's memory of the repository
/// (`own`) and the team's memory committed in the repository (`team`, read-only).
///
/// ```swift
/// let guidance = MemoryGuidance(own: memory, team: teamMemory, settings: settings)
/// let guided = guidance.apply(to: report)          // suppress, demote, cite blockers
/// let prompt = guidance.briefing.render(language: .es)   // for the model review
/// ```
///
/// - Decisions with `confidence_score` ≥ `applyConfidence`, tagged `rule:<id>` and `not-applicable`, suppress
///   that rule's findings under their `scope:` glob, unless an equally confident `applies` decision covers
///   the same path.
/// - An active `demoted` decision lowers its rule's findings one severity level.
/// - A finding that matches a blocker (by `rule:` tag or by symptom) cites it with its solution and prevention.
public struct MemoryGuidance: Sendable {
    /// What the model review should know: anti-patterns, confident decisions, known blockers.
    public var briefing: MemoryBriefing
    /// The rules demoted in this repository, one per rule.
    public var demotions: [Demotion]

    let suppressing: [Decision]
    let confirming: [Decision]
    let blockers: [Blocker]
    let repository: String?

    /// Reads both memories; either may be missing.
    ///
    /// - Parameter repository: `HOST/OWNER/NAME`, for the undo command the demotion note shows; a
    ///   placeholder is shown without it.
    public init(
        own: ExpertiseMemory?, team: ExpertiseMemory?, settings: ExpertiseSettings, repository: String? = nil
    ) {
        let memories = [own, team].compactMap { $0 }
        let decisions = memories.flatMap(\.decisions)
        let confident = decisions.filter { $0.confidenceScore >= settings.applyConfidence }
        let ruled = confident.filter { $0.ruleID != nil }
        suppressing = ruled.filter { $0.verdict == .notApplicable }
        confirming = ruled.filter { $0.verdict == .applies }
        var seenBlockers = Set<String>()
        blockers = memories.flatMap(\.blockers).filter { seenBlockers.insert($0.id).inserted }
        demotions = Self.demotions(own: own, team: team)
        self.repository = repository
        var seenPatterns = Set<String>()
        briefing = MemoryBriefing(
            antiPatterns: memories.flatMap(\.context.antiPatterns).filter {
                !$0.isEmpty && seenPatterns.insert($0).inserted
            },
            decisions: confident, blockers: blockers)
    }

    /// The decision that suppresses `finding`, if any.
    func suppressor(of finding: Finding) -> Decision? {
        let confirmed = confirming.contains { $0.concerns(rule: finding.ruleID) && $0.covers(path: finding.path) }
        if confirmed { return nil }
        return suppressing.first { $0.concerns(rule: finding.ruleID) && $0.covers(path: finding.path) }
    }

    /// The active demotion of `ruleID`, if any.
    func demotion(of ruleID: String) -> Demotion? {
        let wanted = ruleID.lowercased()
        return demotions.first { $0.ruleID.lowercased() == wanted }
    }

    /// One demotion per rule: the bot's own memory first; the team's counts unless the bot's memory records
    /// that an admin undid the rule's demotion.
    private static func demotions(own: ExpertiseMemory?, team: ExpertiseMemory?) -> [Demotion] {
        var result: [Demotion] = []
        var seen = Set<String>()
        for memory in [own, team].compactMap({ $0 }) {
            for decision in memory.decisions where decision.isActiveDemotion {
                guard let rule = decision.ruleID, !seen.contains(rule.lowercased()) else { continue }
                if let own, own.decisions.contains(where: {
                    $0.concerns(rule: rule) && MemoryTag.contains($0.tags, MemoryTag.demotionUndone)
                }) { continue }
                guard let demotion = memory.demotion(forRule: rule) else { continue }
                seen.insert(rule.lowercased())
                result.append(Demotion(ruleID: rule, decisionID: demotion.decisionID, dismissals: demotion.dismissals))
            }
        }
        return result
    }
}
