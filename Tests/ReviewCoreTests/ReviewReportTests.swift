import Foundation
import ReviewCore
import Testing

struct ReviewReportTests {
    typealias F = ReportFixtures

    @Test func countsEverySeverityIncludingZeros() {
        let report = ReviewReport(findings: FindingSet.finalize([
            F.finding("a", .rls, .critical, "a.py", 1), F.finding("b", .rls, .critical, "a.py", 2),
            F.finding("c", .async, .low, "a.py", 3),
        ]))
        #expect(report.summary.severityCounts == SeverityCounts(critical: 2, high: 0, medium: 0, low: 1))
        #expect(report.summary.total == 3)
    }

    @Test func countsBuiltInSectionsWithZerosThenCustomOnes() {
        let report = ReviewReport(findings: [
            F.finding("a", "zeta", .low, "a.py", 1), F.finding("b", "alpha", .low, "a.py", 2),
            F.finding("c", .rls, .low, "a.py", 3),
        ])
        let sections = report.summary.sectionCounts
        #expect(sections.map(\.section) == Section.builtIn + ["alpha", "zeta"])
        #expect(sections.first { $0.section == .rls }?.count == 1)
        #expect(sections.first { $0.section == .async }?.count == 0)
    }

    static let thresholds: [(Severity, [Severity], Bool)] = [
        (.high, [.critical], true),
        (.high, [.high], true),
        (.high, [.medium, .low], false),
        (.low, [.low], true),
        (.critical, [.high, .high], false),
        (.low, [], false),
    ]

    @Test(arguments: thresholds)
    func failsAtOrAboveThreshold(_ testCase: (Severity, [Severity], Bool)) {
        let findings = testCase.1.enumerated().map { F.finding("r", .async, $0.element, "a.py", $0.offset + 1) }
        #expect(ReviewReport(findings: findings).failed(at: testCase.0) == testCase.2)
    }

    @Test func buildsASummaryTheWayTheEngineDoes() {
        let findings = F.findings
        let summary = ReviewSummary(findings: findings, filesReviewed: 3, linesAdded: 40, rulesEvaluated: 12, language: .es)
        let report = ReviewReport(findings: findings, summary: summary, rules: [F.rlsRule])
        #expect(report.summary.language == .es)
        #expect(report.summary.filesReviewed == 3)
        #expect(report.summary.linesAdded == 40)
        #expect(report.summary.rulesEvaluated == 12)
        #expect(report.summary.total == findings.count)
        #expect(report.summary.suppressed.count == 0)
        #expect(report.summary.unanchored.isEmpty)
    }

    @Test func rulesEvaluatedDefaultsToTheRuleCount() {
        #expect(ReviewReport(findings: [], rules: [F.rlsRule, F.sleepRule]).summary.rulesEvaluated == 2)
        #expect(ReviewReport(findings: [], rules: [F.rlsRule], rulesEvaluated: 40).summary.rulesEvaluated == 40)
    }

    @Test func suppressionCountDefaultsToTheSumOfReasons() {
        let suppressed = SuppressionSummary(byReason: [.init(reason: "DEC-001", count: 2), .init(reason: "inline", count: 3)])
        #expect(suppressed.count == 5)
        #expect(SuppressionSummary().count == 0)
    }

    @Test func anchoredFindingsExcludeUnanchoredOnes() {
        let findings = F.findings
        let report = ReviewReport(findings: findings, unanchored: [findings[1]])
        #expect(report.anchoredFindings.count == findings.count - 1)
        #expect(!report.anchoredFindings.contains(findings[1]))
    }

    @Test func roundTripsThroughCodable() throws {
        let report = F.report(language: .es, unanchored: [F.findings[0]], notes: ["note"])
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(ReviewReport.self, from: data) == report)
    }

    @Test func looksUpRuleDescriptors() {
        let report = F.report()
        #expect(report.rule("rls-missing-context") == F.rlsRule)
        #expect(report.rule("nope") == nil)
    }

    @Test func describesAFindingWithoutADescriptor() {
        let finding = F.findings[0]
        let rule = RuleDescriptor(describing: finding)
        #expect(rule.id == finding.ruleID)
        #expect(rule.title == finding.title)
        #expect(rule.severity == finding.severity)
        #expect(rule.helpURI == nil)
    }
}
