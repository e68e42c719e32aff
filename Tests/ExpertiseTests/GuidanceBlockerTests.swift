import Expertise
import ReviewCore
import Testing

/// Seed §4: a finding that matches a known blocker cites it, with its solution and prevention.
struct GuidanceBlockerTests {
    typealias F = RulesFixtures

    @Test func aFindingOfABlockersRuleCitesItInBothLanguages() throws {
        let own = ExpertiseMemory(blockers: [F.blocker("BLK12-001", occurrences: 3)])
        let guided = MemoryGuidance(own: own, team: nil, settings: ExpertiseSettings()).apply(to: F.report([F.finding()]))
        let finding = try #require(guided.report.findings.first)
        #expect(finding.considerations == [LocalizedText(
            en: "Known blocker BLK12-001 (seen 3 times). Solution: Use asyncio.sleep. Prevention: Lint for time.sleep.",
            es: "Bloqueo conocido BLK12-001 (visto 3 veces). Solución: Use asyncio.sleep. Prevención: Lint for time.sleep.")])
        #expect(guided.citedBlockers == ["BLK12-001"])
    }

    @Test func oneOccurrenceIsSingularAndLongFieldsAreCapped() throws {
        let long = String(repeating: "x", count: 2_000)
        let team = ExpertiseMemory(blockers: [F.blocker("BLK1-001", solution: long + "\nmore", prevention: "", occurrences: 1)])
        let guided = MemoryGuidance(own: nil, team: team, settings: ExpertiseSettings()).apply(to: F.report([F.finding()]))
        let citation = try #require(guided.report.findings.first?.considerations.first)
        #expect(citation.en.hasPrefix("Known blocker BLK1-001 (seen 1 time). Solution: xxx"))
        #expect(citation.es.hasPrefix("Bloqueo conocido BLK1-001 (visto 1 vez). Solución: xxx"))
        #expect(citation.en.count < 400)
        #expect(!citation.en.contains("Prevention"))
        #expect(!citation.en.contains("\n"))
    }

    @Test func aSymptomThatNamesTheRuleIsAMatch() {
        let blocker = F.blocker("BLK2-001", rule: nil, symptom: "async-blocking-sleep keeps firing in workers")
        let guided = MemoryGuidance(own: ExpertiseMemory(blockers: [blocker]), team: nil, settings: ExpertiseSettings())
            .apply(to: F.report([F.finding()]))
        #expect(guided.citedBlockers == ["BLK2-001"])
    }

    @Test func aSymptomThatQuotesTheFlaggedCodeIsAMatch() {
        let blocker = F.blocker("BLK2-001", rule: "some-other-rule", symptom: "Workers freeze on `time.sleep( 1 )` calls.")
        let guided = MemoryGuidance(own: ExpertiseMemory(blockers: [blocker]), team: nil, settings: ExpertiseSettings())
            .apply(to: F.report([F.finding(snippet: "    time.sleep(1)  # wait")]))
        #expect(guided.citedBlockers == ["BLK2-001"])
        #expect(guided.report.findings.first?.considerations.count == 1)
    }

    @Test(arguments: [
        "async-blocking-sleep-extended fires", "prefix-async-blocking-sleep", "short code `time` only", "nothing at all",
    ])
    func symptomsThatOnlyLookAlikeAreNotMatches(symptom: String) {
        let blocker = F.blocker("BLK2-001", rule: "some-other-rule", symptom: symptom)
        let guided = MemoryGuidance(own: ExpertiseMemory(blockers: [blocker]), team: nil, settings: ExpertiseSettings())
            .apply(to: F.report([F.finding()]))
        #expect(guided.citedBlockers.isEmpty)
        #expect(guided.report.findings.first?.considerations.isEmpty == true)
    }

    @Test func resolvedBlockersAreCitedAndUnanchoredFindingsToo() throws {
        let own = ExpertiseMemory(blockers: [F.blocker("BLK12-001", resolved: true)])
        let finding = F.finding()
        let guided = MemoryGuidance(own: own, team: nil, settings: ExpertiseSettings())
            .apply(to: F.report([finding], unanchored: [finding]))
        #expect(guided.citedBlockers == ["BLK12-001"])
        #expect(guided.report.summary.unanchored.first?.considerations.count == 1)
        #expect(guided.report.anchoredFindings.isEmpty)
    }
}
