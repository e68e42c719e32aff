import Expertise
import Foundation
import ReviewCore
import Testing

/// Reviewers' feedback becomes decisions (seed §9: written at ≥ 0.8, never kept below 0.7).
struct FeedbackDecisionTests {
    typealias F = RulesFixtures
    let settings = ExpertiseSettings()

    @Test func oneDismissalWritesADecisionAt0_83() throws {
        var memory = ExpertiseMemory(version: "1.3", tasksHandled: 5, ledger: MemoryLedger(completed: 5))
        let reason = "test fixture,\nnot real\u{7} " + String(repeating: "y", count: 500)
        let outcome = memory.apply(F.feedback(.dismissed(reason: reason), taskKey: "c-1"), settings: settings, now: F.now)
        let decision = try #require(outcome.decision)
        #expect(!outcome.alreadyRecorded && outcome.removedDecisionID == nil && outcome.demotion == nil)
        #expect(decision.id == "BE12-001")
        #expect(decision.confidenceScore == 0.83)
        #expect(decision.validatedCount == 1 && decision.failedCount == 0)
        #expect(decision.lastUsed == "2026-03-01T12:00:00Z")
        #expect(decision.tags == [
            "rule:async-blocking-sleep", "scope:app/a.py", "not-applicable", "reviewer:alice", "source:feedback",
        ])
        #expect(decision.context.hasPrefix(
            "Reviewer alice dismissed a `async-blocking-sleep` finding in `app/a.py` as a false positive: test fixture, not real "))
        #expect(!decision.context.contains("\n") && decision.context.count < 330)
        #expect(memory.decisions == [decision])
        #expect(memory.ledger.ruleFeedback["async-blocking-sleep"] == MemoryLedger.RuleFeedback(dismissed: 1))
        // A memory-changing command is a completed task.
        #expect(memory.tasksHandled == 6 && memory.ledger.completed == 6)
        #expect(memory.version == "1.4" && memory.updatedAt == "2026-03-01T12:00:00Z" && memory.successRate == 1)
        #expect(memory.ledger.recentTasks == ["c-1"])
    }

    @Test func aSecondDismissalRaisesConfidenceUntilTheDecisionIsApplied() throws {
        var memory = ExpertiseMemory()
        memory.apply(F.feedback(.dismissed(reason: nil)), settings: settings, now: F.now)
        let before = MemoryGuidance(own: memory, team: nil, settings: settings).apply(to: F.report([F.finding()]))
        #expect(before.suppressed.isEmpty, "0.83 is written but not applied")
        let outcome = memory.apply(F.feedback(.dismissed(reason: nil), author: "bob"), settings: settings, now: F.days(1))
        let decision = try #require(outcome.decision)
        #expect(decision.id == "BE12-001" && decision.validatedCount == 2 && decision.confidenceScore == 0.91)
        #expect(decision.tags.filter { $0.hasPrefix("reviewer:") } == ["reviewer:alice", "reviewer:bob"])
        #expect(decision.lastUsed == "2026-03-02T12:00:00Z")
        let after = MemoryGuidance(own: memory, team: nil, settings: settings).apply(to: F.report([F.finding()]))
        #expect(after.report.findings.isEmpty)
        #expect(after.report.summary.suppressed.byReason == [.init(reason: "BE12-001", count: 1)])
    }

    @Test func aContradictionBelow0_7RemovesTheDecision() {
        var memory = ExpertiseMemory()
        memory.apply(F.feedback(.dismissed(reason: nil)), settings: settings, now: F.now)
        let outcome = memory.apply(F.feedback(.accepted, author: "bob"), settings: settings, now: F.now)
        #expect(outcome.decision == nil)
        #expect(outcome.removedDecisionID == "BE12-001")
        #expect(memory.decisions.isEmpty)
        #expect(memory.ledger.ruleFeedback["async-blocking-sleep"] == MemoryLedger.RuleFeedback(dismissed: 1, accepted: 1))
        #expect(memory.tasksHandled == 2)
    }

    @Test func aDecisionThatStaysAbove0_7IsKeptWithItsFailures() throws {
        var memory = ExpertiseMemory(decisions: [F.decision("BE3-001", scope: "app/a.py", confidence: 0.94, validated: 5)])
        let outcome = memory.apply(F.feedback(.accepted), settings: settings, now: F.now)
        let decision = try #require(outcome.decision)
        #expect(decision.failedCount == 1 && decision.confidenceScore == 0.81)
        #expect(decision.context == "ctx", "a decision's texts are not rewritten by votes")
    }

    @Test func belowTheWriteConfidenceNothingIsWrittenButTheTaskCounts() {
        var memory = ExpertiseMemory()
        let outcome = memory.apply(
            F.feedback(.accepted), settings: ExpertiseSettings(writeConfidence: 0.9), now: F.now)
        #expect(outcome == FeedbackOutcome())
        #expect(memory.decisions.isEmpty)
        #expect(memory.tasksHandled == 1)
        #expect(memory.ledger.ruleFeedback["async-blocking-sleep"]?.accepted == 1)
    }

    @Test func anAcceptanceWritesAnAppliesDecision() throws {
        var memory = ExpertiseMemory()
        let decision = try #require(memory.apply(F.feedback(.accepted), settings: settings, now: F.now).decision)
        #expect(decision.tags == ["rule:async-blocking-sleep", "scope:app/a.py", "applies", "reviewer:alice", "source:feedback"])
        #expect(decision.context == "Reviewer alice confirmed a `async-blocking-sleep` finding in `app/a.py`.")
    }

    @Test func ignoreIsAnExplicitInstructionForAGlobOrTheWholeRepository() throws {
        var memory = ExpertiseMemory()
        let scoped = try #require(memory.apply(F.feedback(.ignored, scope: "migrations/**"), settings: settings, now: F.now).decision)
        #expect(scoped.confidenceScore == 0.95)
        #expect(scoped.tags == ["rule:async-blocking-sleep", "scope:migrations/**", "not-applicable", "reviewer:alice", "source:feedback"])
        #expect(scoped.decision == "`async-blocking-sleep` does not apply in `migrations/**`: its findings there are not reported.")
        let everywhere = try #require(memory.apply(F.feedback(.ignored, scope: "**"), settings: settings, now: F.now).decision)
        #expect(everywhere.id == "BE12-002")
        #expect(everywhere.tags == ["rule:async-blocking-sleep", "not-applicable", "reviewer:alice", "source:feedback"])
        #expect(everywhere.context == "Reviewer alice asked to ignore `async-blocking-sleep` in the whole repository.")
        let guided = MemoryGuidance(own: memory, team: nil, settings: settings).apply(to: F.report([F.finding()]))
        #expect(guided.report.findings.isEmpty)
        #expect(memory.ledger.ruleFeedback.isEmpty, "ignores are not dismissals of findings")
    }

    @Test func ignoreTurnsAnAppliesDecisionForTheSameScopeAround() throws {
        var memory = ExpertiseMemory(decisions: [F.decision("BE3-001", scope: "app/**", verdict: "applies", confidence: 0.94, validated: 5, failed: 1)])
        let decision = try #require(memory.apply(F.feedback(.ignored, scope: "app/**"), settings: settings, now: F.now).decision)
        #expect(decision.id == "BE3-001")
        #expect(decision.tags.contains("not-applicable") && !decision.tags.contains("applies"))
        #expect(decision.validatedCount == 2 && decision.failedCount == 0)
        #expect(decision.confidenceScore == 0.95)
        // Later votes count from the instruction on: an agreeing dismissal keeps it applied.
        let next = try #require(memory.apply(F.feedback(.dismissed(reason: nil), scope: "app/**"), settings: settings, now: F.now).decision)
        #expect(next.validatedCount == 3 && next.confidenceScore == 0.94)
    }

    @Test func aRootFileIsAnchoredSoItsNamesakesElsewhereStayReported() throws {
        var memory = ExpertiseMemory()
        memory.apply(F.feedback(.dismissed(reason: nil), scope: "settings.py"), settings: settings, now: F.now)
        let decision = try #require(memory.apply(F.feedback(.dismissed(reason: nil), scope: "settings.py"), settings: settings, now: F.now).decision)
        #expect(decision.tags.contains("scope:/settings.py"))
        let guided = MemoryGuidance(own: memory, team: nil, settings: settings)
            .apply(to: F.report([F.finding(path: "settings.py"), F.finding(path: "app/settings.py")]))
        #expect(guided.report.findings.map(\.path) == ["app/settings.py"])
    }

    @Test func reviewerTagsAreUniqueAndCapped() throws {
        var memory = ExpertiseMemory()
        for author in ["a", "b", "a", "c", "d", "e", "f", "g"] {
            memory.apply(F.feedback(.dismissed(reason: nil), author: author), settings: settings, now: F.now)
        }
        let tags = try #require(memory.decisions.first).tags
        #expect(tags.filter { $0.hasPrefix("reviewer:") } == ["reviewer:c", "reviewer:d", "reviewer:e", "reviewer:f", "reviewer:g"])
        #expect(tags.filter { $0 == "source:feedback" }.count == 1)
    }

    @Test func hostileAuthorsAreReducedToLoginCharacters() throws {
        var memory = ExpertiseMemory()
        let outcome = memory.apply(F.feedback(.dismissed(reason: nil), author: "ev il\n@all`"), settings: settings, now: F.now)
        #expect(try #require(outcome.decision).tags.contains("reviewer:evilall"))
    }

    @Test func aRecordedTaskKeyChangesNothing() {
        var memory = ExpertiseMemory()
        memory.apply(F.feedback(.dismissed(reason: nil), taskKey: "comment-7"), settings: settings, now: F.now)
        let once = memory
        let outcome = memory.apply(F.feedback(.dismissed(reason: nil), taskKey: "comment-7"), settings: settings, now: F.now)
        #expect(outcome == FeedbackOutcome(alreadyRecorded: true))
        #expect(memory == once)
    }
}
