import ReviewCore
import Testing

struct SummaryCommentTests {
    typealias F = ReportFixtures

    @Test(arguments: Language.allCases)
    func startsWithTheHiddenMarker(_ language: Language) {
        #expect(SummaryComment.render(F.report(), language: language).hasPrefix("<!-- backend-review:summary -->\n## "))
    }

    static let openings: [(Language, String)] = [
        (.es, "Mirá, encontré 5 problemas. Fijate primero en el crítico: bloquea el merge."),
        (.en, "Found 5 problems. Start with the critical one: it blocks the merge."),
    ]

    @Test(arguments: openings)
    func speaksInTheReviewersVoice(_ pair: (Language, String)) {
        #expect(SummaryComment.render(F.report(), language: pair.0).contains(pair.1))
    }

    @Test func countsBySeverityInATable() {
        let body = SummaryComment.render(F.report(), language: .es)
        #expect(body.contains("| Severidad | Cantidad |\n| --- | ---: |\n| 🔴 Crítico | 1 |\n| 🟠 Alto | 1 |\n| 🟡 Medio | 2 |\n| 🔵 Bajo | 1 |"))
    }

    @Test func listsFindingsRankedAndOmitsEmptySections() throws {
        let body = SummaryComment.render(F.report(), language: .en)
        #expect(body.contains("### RLS and multi-tenancy (1)\n\n- 🔴 **Critical** `app/api/onboarding.py:17-19` Missing RLS context (`rls-missing-context`)"))
        #expect(body.contains("### team-style (1)"))
        #expect(!body.contains("Clean Architecture"))
        #expect(!body.contains("Repository Pattern"))
        #expect(!body.contains("### Security"))
        let rls = try #require(body.range(of: "### RLS")).lowerBound
        let async = try #require(body.range(of: "### Async")).lowerBound
        let style = try #require(body.range(of: "### team-style")).lowerBound
        #expect(rls < async && async < style)
        #expect(body.contains("· 🤖 model finding"))
    }

    @Test func capsTheListAndSaysHowManyMore() {
        let findings = FindingSet.finalize((1...75).map { F.finding("r", .async, .medium, "a.py", $0, snippet: "s\($0)") })
        let report = ReviewReport(findings: findings)
        let en = SummaryComment.render(report, language: .en)
        #expect(en.components(separatedBy: "\n- 🟡").count - 1 == SummaryComment.maxListed)
        #expect(en.contains("_…and 15 more._"))
        #expect(SummaryComment.render(report, language: .es).contains("_…y 15 más._"))
        #expect(!SummaryComment.render(F.report(), language: .en).contains("more._"))
    }

    @Test func showsUnanchoredFindingsInFull() {
        let unanchored = F.findings.first { $0.ruleID == "test-missing" }!
        let report = F.report(language: .es, unanchored: [unanchored])
        let body = SummaryComment.render(report, language: .es)
        #expect(body.contains("### Fuera de las líneas del diff"))
        #expect(body.contains("**Análisis**\n\nMensaje de test-missing."))
        #expect(body.contains("**Solución**\n\nArreglo para test-missing."))
        // Listed in full once, not also in the short list.
        #expect(!body.contains("`app/services/booking.py:10` Título de test-missing"))
    }

    @Test func listsNotesAndTheFooter() {
        let body = SummaryComment.render(F.report(notes: ["Model review skipped: <no key>"]), language: .en)
        #expect(body.contains("### Notes\n\n- Model review skipped: &lt;no key&gt;"))
        #expect(body.contains("<sub>Reviewed 4 files (+120 lines) with 35 rules. 2 suppressed (`DEC-001`: 2).</sub>"))
        let spanish = SummaryComment.render(F.report(), language: .es)
        #expect(spanish.contains("<sub>Revisé 4 archivos (+120 líneas) con 35 reglas. 2 suprimidos (`DEC-001`: 2).</sub>"))
    }

    @Test(arguments: Language.allCases)
    func saysSoWhenThereIsNothing(_ language: Language) {
        let body = SummaryComment.render(F.empty, language: language)
        #expect(body.contains(language == .es ? "Mirá, revisé los cambios y no encontré problemas." : "no problems found"))
        #expect(!body.contains("| ---"))
        #expect(!body.contains("### "))
    }

    @Test func forgedMarkersInTitlesAreNeutralised() {
        let finding = F.finding("r", .async, .high, "a.py", 1, title: .init(en: "<!-- backend-review:summary -->", es: "x"))
        let body = SummaryComment.render(ReviewReport(findings: [finding]), language: .en)
        #expect(body.components(separatedBy: SummaryComment.marker).count == 2)
    }
}
