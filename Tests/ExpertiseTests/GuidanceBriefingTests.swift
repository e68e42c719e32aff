import Expertise
import ReviewCore
import Testing

/// Seed §4: anti-patterns, confident decisions and blockers are available to the model review.
struct GuidanceBriefingTests {
    typealias F = RulesFixtures

    @Test func theBriefingGathersBothMemories() {
        let own = ExpertiseMemory(
            context: MemoryContext(antiPatterns: ["sync DB calls in handlers", "raw SQL strings"]),
            decisions: [F.decision("BE1-001", confidence: 0.95), F.decision("BE1-002", confidence: 0.85)],
            blockers: [F.blocker("BLK1-001")])
        let team = ExpertiseMemory(
            context: MemoryContext(antiPatterns: ["raw SQL strings", "global sessions"]),
            decisions: [F.decision("BE9-001", confidence: 0.9)], blockers: [F.blocker("BLK1-001"), F.blocker("BLK9-001")])
        let briefing = MemoryGuidance(own: own, team: team, settings: ExpertiseSettings()).briefing
        #expect(briefing.antiPatterns == ["sync DB calls in handlers", "raw SQL strings", "global sessions"])
        #expect(briefing.decisions.map(\.id) == ["BE1-001", "BE9-001"])
        #expect(briefing.blockers.map(\.id) == ["BLK1-001", "BLK9-001"])
        let text = briefing.render(language: .en)
        #expect(text.contains("Anti-patterns to avoid:\n- sync DB calls in handlers"))
        #expect(text.contains("- BE1-001 [rule:async-blocking-sleep, not-applicable] (0.95): dec"))
        #expect(text.contains("BLK9-001 (open, ×3): Blocking sleep."))
        #expect(!text.contains("BE1-002"))
        let spanish = briefing.render(language: .es)
        #expect(spanish.contains("Anti-patrones a evitar:"))
        #expect(spanish.contains("Bloqueos conocidos"))
    }

    @Test func theRenderingIsBounded() {
        let long = String(repeating: "word ", count: 400)
        let memory = ExpertiseMemory(
            context: MemoryContext(antiPatterns: (1...100).map { "pattern \($0) \(long)" }),
            decisions: (1...100).map { F.decision("BE\($0)-001") },
            blockers: (1...100).map { F.blocker("BLK\($0)-001", symptom: long) })
        let text = MemoryGuidance(own: memory, team: nil, settings: ExpertiseSettings()).briefing.render(language: .en)
        #expect(text.count <= 6_000)
        #expect(text.contains("- … (+85)"), "15 short decision lines fit")
        #expect(text.contains("- … (+96)"), "long entries stop at their list's share")
        #expect(text.contains("Known blockers (do not repeat them):\n- BLK1-001"), "every list gets its share")
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 402 })
    }

    @Test func openAndFrequentBlockersComeFirst() {
        let memory = ExpertiseMemory(blockers: [
            F.blocker("BLK1-001", occurrences: 9, resolved: true), F.blocker("BLK2-001", occurrences: 1),
            F.blocker("BLK3-001", occurrences: 5),
        ])
        let text = MemoryGuidance(own: memory, team: nil, settings: ExpertiseSettings()).briefing.render(language: .en)
        let order = ["BLK3-001", "BLK2-001", "BLK1-001"].compactMap { text.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())
    }

    @Test func anEmptyMemoryHasNothingToSay() {
        let guidance = MemoryGuidance(own: ExpertiseMemory(), team: nil, settings: ExpertiseSettings())
        #expect(guidance.briefing.isEmpty)
        #expect(guidance.briefing.render(language: .es) == "")
        #expect(guidance.demotions.isEmpty)
    }
}
