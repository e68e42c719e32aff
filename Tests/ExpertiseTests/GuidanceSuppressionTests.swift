import Expertise
import ReviewCore
import Testing

/// Seed §4: decisions with confidence ≥ 0.9 are applied before a review.
struct GuidanceSuppressionTests {
    typealias F = RulesFixtures

    @Test func aConfidentNotApplicableDecisionSuppressesFindingsUnderItsScope() throws {
        let own = ExpertiseMemory(decisions: [F.decision("BE5-001", scope: "app/legacy/**", confidence: 0.95)])
        let legacy = F.finding(path: "app/legacy/x.py", line: 4)
        let kept = F.finding(path: "app/new.py", line: 2)
        let other = F.finding(
            "sql-injection-fstring", path: "app/legacy/x.py", line: 9, severity: .critical, section: .security)
        let report = F.report(
            [legacy, kept, other], suppressed: SuppressionSummary(byReason: [.init(reason: "inline-ignore", count: 2)]),
            unanchored: [legacy])
        let guided = MemoryGuidance(own: own, team: nil, settings: ExpertiseSettings()).apply(to: report)
        #expect(guided.report.findings.map(\.path) == ["app/legacy/x.py", "app/new.py"])
        #expect(guided.report.findings.map(\.ruleID) == ["sql-injection-fstring", "async-blocking-sleep"])
        #expect(guided.suppressed.map(\.path) == ["app/legacy/x.py"])
        #expect(guided.suppressed.first?.ruleID == "async-blocking-sleep")
        let summary = guided.report.summary
        #expect(summary.total == 2)
        #expect(summary.severityCounts == SeverityCounts(critical: 1, high: 1))
        #expect(summary.sectionCounts.first { $0.section == .async }?.count == 1)
        #expect(summary.sectionCounts.first { $0.section == .security }?.count == 1)
        #expect(summary.suppressed.count == 3)
        #expect(summary.suppressed.byReason == [.init(reason: "inline-ignore", count: 2), .init(reason: "BE5-001", count: 1)])
        #expect(summary.unanchored.isEmpty)
        #expect(summary.filesReviewed == 3 && summary.linesAdded == 40)
    }

    @Test func eachDecisionCountsItsOwnFindings() {
        let own = ExpertiseMemory(decisions: [
            F.decision("BE5-001", scope: "tests/**"), F.decision("BE5-002", scope: "scripts/*.py"),
        ])
        let findings = [
            F.finding(path: "tests/a.py"), F.finding(path: "tests/b.py"), F.finding(path: "scripts/c.py"),
        ]
        let guided = MemoryGuidance(own: own, team: nil, settings: ExpertiseSettings()).apply(to: F.report(findings))
        #expect(guided.report.findings.isEmpty)
        // Reasons come in the order the ranked findings first hit them.
        #expect(guided.report.summary.suppressed.byReason == [.init(reason: "BE5-002", count: 1), .init(reason: "BE5-001", count: 2)])
    }

    @Test(arguments: [0.89, 0.5])
    func aDecisionBelowTheApplyConfidenceIsNotApplied(confidence: Double) {
        let own = ExpertiseMemory(decisions: [F.decision("BE5-001", confidence: confidence)])
        let report = F.report([F.finding()])
        let guided = MemoryGuidance(own: own, team: nil, settings: ExpertiseSettings()).apply(to: report)
        #expect(guided.report == report)
        #expect(guided.suppressed.isEmpty)
    }

    @Test func theTeamsMemoryIsAppliedToo() {
        let team = ExpertiseMemory(decisions: [F.decision("BE90-002", scope: "app/**", confidence: 0.9)])
        let guided = MemoryGuidance(own: nil, team: team, settings: ExpertiseSettings()).apply(to: F.report([F.finding()]))
        #expect(guided.report.findings.isEmpty)
        #expect(guided.report.summary.suppressed.byReason == [.init(reason: "BE90-002", count: 1)])
    }

    @Test func aDecisionWithoutScopeCoversTheWholeRepositoryAndOnlyItsRule() {
        let own = ExpertiseMemory(decisions: [F.decision("BE5-001")])
        let findings = [F.finding(path: "a.py"), F.finding(path: "deep/er/b.py"), F.finding("other-rule")]
        let guided = MemoryGuidance(own: own, team: nil, settings: ExpertiseSettings()).apply(to: F.report(findings))
        #expect(guided.report.findings.map(\.ruleID) == ["other-rule"])
    }

    @Test func anAppliesDecisionOrAnUnreadableGlobKeepsTheFinding() {
        let own = ExpertiseMemory(decisions: [
            F.decision("BE5-001"), F.decision("BE5-002", scope: "app/a.py", verdict: "applies"),
            F.decision("BE5-003", rule: "other-rule", scope: "[oops"),
        ])
        let findings = [F.finding(path: "app/a.py"), F.finding(path: "app/b.py"), F.finding("other-rule", path: "app/oops.py")]
        let guided = MemoryGuidance(own: own, team: nil, settings: ExpertiseSettings()).apply(to: F.report(findings))
        #expect(guided.report.findings.map(\.path) == ["app/a.py", "app/oops.py"])
    }

    @Test func decisionsTagsAreReadLeniently() {
        let handWritten = Decision(
            id: "BE1-001", context: "", decision: "", confidenceScore: 0.99,
            tags: [" Rule:Async-Blocking-Sleep ", "SCOPE: tests/** ", "Not-Applicable"])
        let own = ExpertiseMemory(decisions: [handWritten])
        let guided = MemoryGuidance(own: own, team: nil, settings: ExpertiseSettings())
            .apply(to: F.report([F.finding(path: "tests/x.py"), F.finding(path: "app/x.py")]))
        #expect(guided.report.findings.map(\.path) == ["app/x.py"])
    }

    @Test func aRootFileScopeIsAnchored() {
        let own = ExpertiseMemory(decisions: [F.decision("BE5-001", scope: "/settings.py")])
        let findings = [F.finding(path: "settings.py"), F.finding(path: "app/settings.py")]
        let guided = MemoryGuidance(own: own, team: nil, settings: ExpertiseSettings()).apply(to: F.report(findings))
        #expect(guided.report.findings.map(\.path) == ["app/settings.py"])
    }
}
