import Expertise
import Foundation
import ReviewCore
import Testing

/// Noisy rules are demoted after enough dismissals; admins can undo it.
struct FeedbackDemotionTests {
    typealias F = RulesFixtures

    @Test func theThirdDismissalDemotesTheRule() throws {
        var memory = ExpertiseMemory()
        let settings = ExpertiseSettings()
        var outcomes: [FeedbackOutcome] = []
        for path in ["app/a.py", "app/b.py", "app/c.py"] {
            outcomes.append(memory.apply(F.feedback(.dismissed(reason: nil), scope: path), settings: settings, now: F.now))
        }
        #expect(outcomes[0].demotion == nil && outcomes[1].demotion == nil)
        let demotion = try #require(outcomes[2].demotion)
        #expect(demotion == Demotion(ruleID: "async-blocking-sleep", decisionID: "BE12-004", dismissals: 3))
        let decision = try #require(memory.decisions.first { $0.id == "BE12-004" })
        #expect(decision.tags == ["rule:async-blocking-sleep", "demoted", "source:feedback"])
        #expect(decision.decision == "async-blocking-sleep dismissed 3 times in this repository: demoted one severity level here")
        #expect(decision.confidenceScore == 0.94)
        #expect(memory.demotion(forRule: "async-blocking-sleep") == demotion)

        let guided = MemoryGuidance(own: memory, team: nil, settings: settings).apply(to: F.report([F.finding(path: "x.py")]))
        #expect(guided.report.findings.first?.severity == .medium)

        let fourth = memory.apply(F.feedback(.dismissed(reason: nil), scope: "app/d.py"), settings: settings, now: F.now)
        #expect(fourth.demotion == nil)
        #expect(memory.decisions.filter { $0.tags.contains("demoted") }.count == 1)
        #expect(memory.decisions.first { $0.id == "BE12-004" }?.validatedCount == 4)
    }

    @Test func undoRestoresTheSeverityAndTheRuleIsNotDemotedAgain() {
        var memory = ExpertiseMemory()
        let settings = ExpertiseSettings(demoteAfterDismissals: 1)
        memory.apply(F.feedback(.dismissed(reason: nil)), settings: settings, now: F.now)
        #expect(memory.demotion(forRule: "async-blocking-sleep") != nil)
        let tasks = memory.tasksHandled
        let undone = memory.undoDemotion(rule: "async-blocking-sleep", now: F.days(2))
        #expect(undone)
        #expect(memory.tasksHandled == tasks, "an admin command is not a task")
        #expect(memory.demotion(forRule: "async-blocking-sleep") == nil)
        #expect(memory.decisions.contains { $0.tags == ["rule:async-blocking-sleep", "demotion-undone", "source:feedback"] })
        let guided = MemoryGuidance(own: memory, team: nil, settings: settings).apply(to: F.report([F.finding()]))
        #expect(guided.report.findings.first?.severity == .high)
        let again = memory.apply(F.feedback(.dismissed(reason: nil), scope: "app/z.py"), settings: settings, now: F.now)
        #expect(again.demotion == nil)
        let undoneTwice = memory.undoDemotion(rule: "async-blocking-sleep", now: F.now)
        #expect(!undoneTwice)
    }

    @Test func acceptancesHoldDemotionBackAndZeroNeverDemotes() {
        var balanced = ExpertiseMemory(ledger: MemoryLedger(ruleFeedback: ["async-blocking-sleep": .init(dismissed: 2, accepted: 3)]))
        let outcome = balanced.apply(F.feedback(.dismissed(reason: nil)), settings: ExpertiseSettings(), now: F.now)
        #expect(outcome.demotion == nil, "3 dismissals, 3 acceptances")
        var never = ExpertiseMemory()
        for path in ["a.py", "b.py", "c.py", "d.py"] {
            #expect(never.apply(F.feedback(.dismissed(reason: nil), scope: path),
                                settings: ExpertiseSettings(demoteAfterDismissals: 0), now: F.now).demotion == nil)
        }
    }
}
