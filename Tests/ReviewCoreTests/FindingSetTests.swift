import ReviewCore
import Testing

struct FindingSetTests {
    typealias F = ReportFixtures

    @Test func emptyStaysEmpty() {
        #expect(FindingSet.finalize([]).isEmpty)
    }

    @Test func ranksBySeverityThenPathLineAndRule() {
        let input = [
            F.finding("b-rule", .async, .low, "a.py", 1),
            F.finding("z-rule", .async, .high, "b.py", 5),
            F.finding("a-rule", .async, .high, "b.py", 5),
            F.finding("c-rule", .rls, .critical, "z.py", 99),
            F.finding("d-rule", .async, .high, "a.py", 7),
            F.finding("e-rule", .async, .high, "b.py", 2),
            F.finding("f-rule", .testing, .medium, "a.py", 1),
        ]
        let ranked = FindingSet.finalize(input).map(\.ruleID)
        #expect(ranked == ["c-rule", "d-rule", "e-rule", "a-rule", "z-rule", "f-rule", "b-rule"])
    }

    @Test func rankingDoesNotDependOnInputOrder() {
        let input = F.findings
        #expect(FindingSet.finalize(input.reversed()) == FindingSet.finalize(input))
        #expect(FindingSet.finalize(input.shuffled()) == FindingSet.finalize(input))
    }

    @Test func isIdempotent() {
        let once = FindingSet.finalize(F.findings)
        #expect(FindingSet.finalize(once) == once)
    }

    @Test func dedupesSameRulePathAndLineKeepingTheMostSevere() {
        let result = FindingSet.finalize([
            F.finding("r", .async, .medium, "a.py", 3),
            F.finding("r", .async, .high, "a.py", 3),
            F.finding("r", .async, .low, "a.py", 3),
        ])
        #expect(result.count == 1)
        #expect(result.first?.severity == .high)
    }

    @Test func ruleFindingBeatsModelFindingOnTheSameLine() {
        for order in [[Finding.Origin.model, .rule], [.rule, .model]] {
            let result = FindingSet.finalize(order.map { F.finding("r", .async, .high, "a.py", 3, origin: $0) })
            #expect(result.map(\.origin) == [.rule])
        }
    }

    static let notDuplicates: [[Finding]] = [
        [F.finding("r", .async, .high, "a.py", 3), F.finding("s", .async, .high, "a.py", 3)],
        [F.finding("r", .async, .high, "a.py", 3), F.finding("r", .async, .high, "b.py", 3)],
        [F.finding("r", .async, .high, "a.py", 3), F.finding("r", .async, .high, "a.py", 4)],
    ]

    @Test(arguments: notDuplicates)
    func keepsFindingsThatDifferInRulePathOrLine(_ findings: [Finding]) {
        #expect(FindingSet.finalize(findings).count == 2)
    }

    @Test func identicalLinesInOneFileGetDistinctFingerprints() {
        let result = FindingSet.finalize([
            F.finding("r", .async, .high, "a.py", 30, snippet: "time.sleep(1)"),
            F.finding("r", .async, .high, "a.py", 10, snippet: "time.sleep(1)"),
            F.finding("r", .async, .high, "a.py", 20, snippet: "  time.sleep( 1 )"),
        ])
        #expect(Set(result.map(\.fingerprint)).count == 3)
        // Ordinals follow line order: the finding on line 10 is ordinal 0 whatever the input order.
        let first = result.first { $0.line == 10 }
        #expect(first?.fingerprint == Fingerprint.make(ruleID: "r", path: "a.py", snippet: "time.sleep(1)", ordinal: 0))
        let third = result.first { $0.line == 30 }
        #expect(third?.fingerprint == Fingerprint.make(ruleID: "r", path: "a.py", snippet: "time.sleep(1)", ordinal: 2))
    }

    @Test func fingerprintsSurviveCodeAddedAbove() {
        let before = FindingSet.finalize([
            F.finding("r", .async, .high, "a.py", 10, snippet: "time.sleep(1)"),
            F.finding("r", .async, .high, "a.py", 20, snippet: "time.sleep(1)"),
            F.finding("s", .rls, .critical, "a.py", 15, snippet: "await db.execute(q)"),
        ])
        let after = FindingSet.finalize([
            F.finding("r", .async, .high, "a.py", 13, snippet: "time.sleep(1)"),
            F.finding("r", .async, .high, "a.py", 23, snippet: "time.sleep(1)"),
            F.finding("s", .rls, .critical, "a.py", 18, snippet: "await db.execute(q)"),
        ])
        #expect(Set(before.map(\.fingerprint)) == Set(after.map(\.fingerprint)))
    }

    @Test func overwritesStaleFingerprints() {
        var stale = F.finding("r", .async, .high, "a.py", 1, snippet: "x")
        stale.fingerprint = "not-a-fingerprint"
        let result = FindingSet.finalize([stale])
        #expect(result.first.map { Fingerprint.isWellFormed($0.fingerprint) } == true)
    }

    @Test func everyFingerprintIsUnique() {
        let result = FindingSet.finalize((1...200).map { F.finding("r\($0 % 7)", .async, .low, "f\($0 % 5).py", $0 % 13, snippet: "s\($0 % 3)") })
        #expect(Set(result.map(\.fingerprint)).count == result.count)
    }
}
