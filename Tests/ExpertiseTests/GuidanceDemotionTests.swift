import Expertise
import ReviewCore
import Testing

/// A rule dismissed often enough in a repository drops one severity level there.
struct GuidanceDemotionTests {
    typealias F = RulesFixtures

    static let demotion = F.decision("BE12-004", verdict: nil, validated: 3, extraTags: ["demoted", "source:feedback"])

    @Test func aDemotedRulesFindingsDropOneLevelAndAreReRanked() throws {
        let own = ExpertiseMemory(decisions: [Self.demotion])
        let findings = [
            F.finding(path: "z.py", severity: .high), F.finding("other-rule", path: "a.py", severity: .medium),
        ]
        let guidance = MemoryGuidance(own: own, team: nil, settings: ExpertiseSettings(), repository: "github.com/acme/api")
        #expect(guidance.demotions == [Demotion(ruleID: "async-blocking-sleep", decisionID: "BE12-004", dismissals: 3)])
        let guided = guidance.apply(to: F.report(findings))
        #expect(guided.report.findings.map(\.path) == ["a.py", "z.py"])
        #expect(guided.report.findings.map(\.severity) == [.medium, .medium])
        #expect(guided.report.summary.severityCounts == SeverityCounts(medium: 2))
        #expect(guided.report.summary.notes == [
            "`async-blocking-sleep` was demoted from high to medium in this repository after 3 dismissals "
                + "(decision BE12-004). An admin can undo it: "
                + "`backend-review expertise undemote --repo github.com/acme/api async-blocking-sleep`.",
        ])
    }

    @Test func theNoteIsInSpanishForSpanishReviews() throws {
        let guided = MemoryGuidance(own: ExpertiseMemory(decisions: [Self.demotion]), team: nil, settings: ExpertiseSettings())
            .apply(to: F.report([F.finding(severity: .critical)], rules: [F.rule(severity: .critical)], language: .es))
        #expect(guided.report.findings.first?.severity == .high)
        #expect(guided.report.summary.notes == [
            "`async-blocking-sleep` bajó de crítico a alto en este repo después de 3 descartes (decisión BE12-004). "
                + "Un admin lo puede deshacer: `backend-review expertise undemote --repo HOST/OWNER/NAME async-blocking-sleep`.",
        ])
    }

    @Test(arguments: [Severity.critical, .high, .medium, .low])
    func demotionLowersOneLevelAndLowStaysLow(severity: Severity) {
        let expected: [Severity: Severity] = [.critical: .high, .high: .medium, .medium: .low, .low: .low]
        #expect(Demotion(ruleID: "r", decisionID: "d", dismissals: 3).apply(severity) == expected[severity])
    }

    @Test func anUndoneDemotionDoesNothing() {
        var undone = Self.demotion
        undone.tags = ["rule:async-blocking-sleep", "demotion-undone"]
        let report = F.report([F.finding()])
        let guided = MemoryGuidance(own: ExpertiseMemory(decisions: [undone]), team: nil, settings: ExpertiseSettings())
            .apply(to: report)
        #expect(guided.report == report)
    }

    @Test func theTeamsDemotionCountsUnlessTheBotsMemoryUndidIt() {
        let team = ExpertiseMemory(decisions: [Self.demotion])
        let viaTeam = MemoryGuidance(own: ExpertiseMemory(), team: team, settings: ExpertiseSettings())
        #expect(viaTeam.demotions.map(\.ruleID) == ["async-blocking-sleep"])
        var undone = Self.demotion
        undone.id = "BE30-001"
        undone.tags = ["rule:async-blocking-sleep", "demotion-undone"]
        let overridden = MemoryGuidance(own: ExpertiseMemory(decisions: [undone]), team: team, settings: ExpertiseSettings())
        #expect(overridden.demotions.isEmpty)
    }

    @Test func noFindingsOfTheRuleMeansNoNote() {
        let guided = MemoryGuidance(own: ExpertiseMemory(decisions: [Self.demotion]), team: nil, settings: ExpertiseSettings())
            .apply(to: F.report([F.finding("other-rule")]))
        #expect(guided.report.summary.notes.isEmpty)
    }
}
