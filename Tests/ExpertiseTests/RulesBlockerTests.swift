import Expertise
import Foundation
import ReviewCore
import Testing

/// Seed §9 blockers: one per rule violated, occurrences counted, resolved with the fix of record, reopened.
struct RulesBlockerTests {
    typealias F = RulesFixtures
    let settings = ExpertiseSettings()

    @Test func theFirstViolationOfARuleCreatesABlocker() throws {
        var memory = ExpertiseMemory()
        let findings = [F.finding(path: "app/b.py", line: 3), F.finding(path: "app/a.py", line: 10)]
        memory.recordReview(F.record(findings, language: .es), settings: settings, now: F.now)
        let blocker = try #require(memory.blockers.first)
        #expect(memory.blockers.count == 1)
        #expect(blocker.id == "BLK12-001")
        #expect(blocker.description == "Llamada bloqueante en código async (async-blocking-sleep)")
        #expect(blocker.symptom == "El event loop se traba. Primera vez en `app/a.py:10`: `time.sleep(1)`")
        #expect(blocker.rootCause == "Un loop bloqueado frena todo.")
        #expect(blocker.solution == "Usá la variante async.")
        #expect(blocker.prevention.hasPrefix("La regla `async-blocking-sleep` (async) del checklist"))
        #expect(blocker.severity == "high")
        #expect(blocker.discovered == "2026-03-01T12:00:00Z")
        #expect(!blocker.resolved)
        #expect(blocker.occurrences == 2)
        #expect(blocker.tags.contains("rule:async-blocking-sleep"))
        #expect(memory.ledger.openInstances["BLK12-001"] == ["#12": ["app/a.py:10", "app/b.py:3"]])
    }

    @Test func englishTextsAndTheSeedSeverityScale() throws {
        var memory = ExpertiseMemory()
        let findings = [F.finding("sql-injection-fstring", severity: .critical, snippet: "f\"SELECT `{x}`\"")]
        memory.recordReview(F.record(findings), settings: settings, now: F.now)
        let blocker = try #require(memory.blockers.first)
        #expect(blocker.severity == "high")
        #expect(blocker.symptom == "The event loop stalls. First seen at `app/a.py:10`: `f\"SELECT '{x}'\"`")
        #expect(blocker.prevention.hasPrefix("Checklist rule `sql-injection-fstring` (security) flags this in review;"))
    }

    @Test(arguments: [(Severity.critical, "high"), (.high, "high"), (.medium, "medium"), (.low, "low")])
    func severityMapsToTheSeedScale(severity: Severity, expected: String) throws {
        var memory = ExpertiseMemory()
        let rule = F.rule("r1", severity: severity)
        memory.recordReview(F.record([F.finding("r1", severity: severity)], rules: [rule]), settings: settings, now: F.now)
        #expect(try #require(memory.blockers.first).severity == expected)
    }

    @Test func anEmptySpanishTextFallsBackToEnglish() throws {
        var memory = ExpertiseMemory()
        var rule = F.rule()
        rule.fix = LocalizedText(en: "Use asyncio.sleep.", es: "")
        memory.recordReview(F.record([F.finding()], rules: [rule], language: .es), settings: settings, now: F.now)
        #expect(try #require(memory.blockers.first).solution == "Use asyncio.sleep.")
    }

    @Test func idsTakeTheNextFreeSequenceForTheNumber() {
        var memory = ExpertiseMemory(blockers: [F.blocker("BLK12-004", rule: "other-rule")])
        let findings = [F.finding(), F.finding("sql-injection-fstring", severity: .critical)]
        memory.recordReview(F.record(findings), settings: settings, now: F.now)
        #expect(memory.blockers.map(\.id) == ["BLK12-004", "BLK12-005", "BLK12-006"])
        memory.recordReview(F.record([F.finding("r9")], number: nil, rules: [F.rule("r9")]), settings: settings, now: F.now)
        #expect(memory.blockers.last?.id == "BLK0-001")
    }

    @Test func occurrencesCountOnlyNewInstances() throws {
        var memory = ExpertiseMemory()
        memory.recordReview(F.record([F.finding()]), settings: settings, now: F.now)
        memory.recordReview(F.record([F.finding()]), settings: settings, now: F.now)
        #expect(try #require(memory.blockers.first).occurrences == 1)
        memory.recordReview(F.record([F.finding(), F.finding(path: "app/c.py", line: 1)]), settings: settings, now: F.now)
        #expect(try #require(memory.blockers.first).occurrences == 2)
        memory.recordReview(F.record([F.finding()], subject: "#13", number: 13), settings: settings, now: F.now)
        #expect(try #require(memory.blockers.first).occurrences == 3)
        #expect(memory.blockers.count == 1)
    }

    @Test func aPushThatRemovesEveryInstanceResolvesTheBlockerWithTheFixOfRecord() throws {
        var memory = ExpertiseMemory()
        memory.recordReview(F.record([F.finding(), F.finding(path: "app/b.py", line: 3)]), settings: settings, now: F.now)
        memory.recordReview(F.record([]), settings: settings, now: F.days(1))
        let blocker = try #require(memory.blockers.first)
        #expect(blocker.resolved)
        #expect(blocker.solution
            == "Fixed in #12 at abc1234: app/a.py:10, app/b.py:3 no longer violate `async-blocking-sleep`. Use the async variant.")
        #expect(memory.ledger.openInstances["BLK12-001"] == nil)
    }

    @Test func theFixOfRecordInSpanishListsAtMostFiveLocations() throws {
        var memory = ExpertiseMemory()
        let findings = (1...7).map { F.finding(path: "app/m\($0).py", line: $0) }
        memory.recordReview(F.record(findings, language: .es), settings: settings, now: F.now)
        memory.recordReview(F.record([], language: .es), settings: settings, now: F.now)
        let solution = try #require(memory.blockers.first).solution
        #expect(solution.hasPrefix("Corregido en #12 (commit abc1234): app/m1.py:1, app/m2.py:2, app/m3.py:3, app/m4.py:4, "
            + "app/m5.py:5 y 2 más ya no incumplen `async-blocking-sleep`."))
        #expect(solution.hasSuffix("Usá la variante async."))
    }

    @Test func aBlockerStaysOpenWhileAnotherSubjectStillHasInstances() throws {
        var memory = ExpertiseMemory()
        memory.recordReview(F.record([F.finding()], subject: "#12"), settings: settings, now: F.now)
        memory.recordReview(F.record([F.finding()], subject: "#13", number: 13), settings: settings, now: F.now)
        memory.recordReview(F.record([], subject: "#12"), settings: settings, now: F.now)
        #expect(try !#require(memory.blockers.first).resolved)
        memory.recordReview(F.record([], subject: "#13", number: 13, sha: nil), settings: settings, now: F.now)
        let blocker = try #require(memory.blockers.first)
        #expect(blocker.resolved)
        #expect(blocker.solution.hasPrefix("Fixed in #13: app/a.py:10 no longer violates `async-blocking-sleep`."))
    }

    @Test func aRuleThatDidNotRunOrWasSuppressedIsNotFixed() throws {
        var memory = ExpertiseMemory()
        memory.recordReview(F.record([F.finding()]), settings: settings, now: F.now)
        memory.recordReview(F.record([], rules: [F.rule("other")]), settings: settings, now: F.now)
        #expect(try !#require(memory.blockers.first).resolved)
        memory.recordReview(F.record([], suppressed: [F.finding()]), settings: settings, now: F.now)
        #expect(try !#require(memory.blockers.first).resolved)
        #expect(memory.ledger.openInstances["BLK12-001"] == ["#12": ["app/a.py:10"]])
    }

    @Test func aResolvedBlockerThatComesBackIsReopened() throws {
        var memory = ExpertiseMemory()
        memory.recordReview(F.record([F.finding()]), settings: settings, now: F.now)
        memory.recordReview(F.record([]), settings: settings, now: F.now)
        #expect(try #require(memory.blockers.first).resolved)
        memory.recordReview(F.record([F.finding(path: "app/z.py")], subject: "#20", number: 20), settings: settings, now: F.now)
        let blocker = try #require(memory.blockers.first)
        #expect(!blocker.resolved)
        #expect(blocker.occurrences == 2)
        #expect(memory.blockers.count == 1)
        #expect(blocker.solution.hasPrefix("Fixed in #12"), "the fix of record stays as the known solution")
    }

    @Test func modelFindingsDoNotMakeBlockers() {
        var memory = ExpertiseMemory()
        memory.recordReview(F.record([F.finding("llm-guess", origin: .model)], rules: []), settings: settings, now: F.now)
        #expect(memory.blockers.isEmpty)
        #expect(memory.commonFiles == ["app/a.py"])
    }

    @Test func aHandWrittenBlockerTaggedWithTheRuleIsTheOneCounted() throws {
        var memory = ExpertiseMemory(blockers: [F.blocker("BLK3-001", occurrences: 4, resolved: true)])
        memory.recordReview(F.record([F.finding()]), settings: settings, now: F.now)
        let blocker = try #require(memory.blockers.first)
        #expect(memory.blockers.count == 1)
        #expect(blocker.occurrences == 5)
        #expect(!blocker.resolved)
    }
}
