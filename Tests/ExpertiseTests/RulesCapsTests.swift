import Expertise
import Foundation
import ReviewCore
import Testing

/// Bounded growth: entries both old and little used go first.
struct RulesCapsTests {
    typealias F = RulesFixtures

    @Test func theOldAndLittleUsedDecisionsGoFirstAndSurvivorsKeepTheirOrder() {
        var memory = ExpertiseMemory(decisions: [
            F.decision("fresh-light", validated: 1, lastUsed: "2026-02-28T00:00:00Z"),   // 1 × ~1
            F.decision("old-light", validated: 2, lastUsed: "2025-03-01T00:00:00Z"),     // 2 × 0.06
            F.decision("old-heavy", validated: 40, failed: 10, lastUsed: "2025-03-01T00:00:00Z"),  // 50 × 0.06 = 3
            F.decision("undated", validated: 99, lastUsed: nil),                         // very old
            F.decision("garbled", validated: 99, lastUsed: "last tuesday"),              // very old
        ])
        memory.enforceCaps(ExpertiseSettings(maxDecisions: 2), now: F.now)
        #expect(memory.decisions.map(\.id) == ["fresh-light", "old-heavy"])
        memory.enforceCaps(ExpertiseSettings(maxDecisions: 1), now: F.now)
        #expect(memory.decisions.map(\.id) == ["old-heavy"])
    }

    @Test func openBlockersGoOnlyAfterEveryOtherBlocker() {
        var memory = ExpertiseMemory(
            blockers: [
                F.blocker("open-rare", occurrences: 1, discovered: "2024-01-01T00:00:00Z"),
                F.blocker("resolved-busy", occurrences: 50, resolved: true, discovered: "2026-02-28T00:00:00Z"),
                F.blocker("unresolved-no-instances", occurrences: 30, discovered: "2026-02-28T00:00:00Z"),
                F.blocker("resolved-rare", occurrences: 1, resolved: true, discovered: "2026-02-28T00:00:00Z"),
            ],
            ledger: MemoryLedger(openInstances: [
                "open-rare": ["#1": ["a.py:1"]], "unresolved-no-instances": [:], "resolved-rare": [:],
                "ghost": ["#2": ["b.py:2"]],
            ]))
        memory.enforceCaps(ExpertiseSettings(maxBlockers: 2), now: F.now)
        #expect(memory.blockers.map(\.id) == ["open-rare", "resolved-busy"])
        #expect(Set(memory.ledger.openInstances.keys) == ["open-rare"])
        memory.enforceCaps(ExpertiseSettings(maxBlockers: 0), now: F.now)
        #expect(memory.blockers.isEmpty && memory.ledger.openInstances.isEmpty)
    }

    @Test func aReviewEnforcesTheCaps() {
        var memory = ExpertiseMemory(blockers: [F.blocker("BLK1-001", rule: "gone", occurrences: 1, resolved: true, discovered: nil)])
        memory.recordReview(F.record([F.finding()]), settings: ExpertiseSettings(maxBlockers: 1), now: F.now)
        #expect(memory.blockers.map(\.id) == ["BLK12-001"])
    }

    @Test func feedbackEnforcesTheCaps() {
        var memory = ExpertiseMemory(decisions: [F.decision("BE1-001", rule: "other-rule", validated: 1, lastUsed: "2020-01-01T00:00:00Z")])
        let outcome = memory.apply(F.feedback(.ignored, scope: "**"), settings: ExpertiseSettings(maxDecisions: 1), now: F.now)
        #expect(memory.decisions.map(\.id) == ["BE12-001"])
        #expect(outcome.decision?.id == "BE12-001")
    }

    @Test func underTheCapsNothingMoves() {
        let before = ExpertiseMemory(decisions: [F.decision("a"), F.decision("b")], blockers: [F.blocker("c")])
        var memory = before
        memory.enforceCaps(ExpertiseSettings(), now: F.now)
        #expect(memory == before)
    }
}
