import ReviewCore
import Testing

struct TextReportTests {
    typealias F = ReportFixtures

    @Test func writesRuffStyleLinesAndASummary() {
        let lines = TextReport.render(F.report(), language: .en).split(separator: "\n").map(String.init)
        #expect(lines[0] == "app/api/onboarding.py:17-19: CRITICAL [rls-missing-context] Missing RLS context")
        #expect(lines[1] == "  The query runs before set_rls_context().")
        #expect(lines[2] == "app/services/booking.py:42: HIGH [async-blocking-sleep] Blocking sleep in async code")
        #expect(lines.contains { $0.hasPrefix("app/repositories/booking_repository.py:88: MEDIUM [model-n-plus-one]") && $0.hasSuffix("(🤖 model finding)") })
        #expect(lines.last == "Found 5 problems: 1 critical, 1 high, 2 medium, 1 low.")
    }

    static let summaries: [(Language, [Severity], String)] = [
        (.en, [], "No problems found."),
        (.es, [], "No encontré problemas."),
        (.en, [.low], "Found 1 problem: 0 critical, 0 high, 0 medium, 1 low."),
        (.es, [.low], "Encontré 1 problema: 0 críticos, 0 altos, 0 medios, 1 bajo."),
        (.es, [.critical, .critical, .high], "Encontré 3 problemas: 2 críticos, 1 alto, 0 medios, 0 bajos."),
    ]

    @Test(arguments: summaries)
    func summarises(_ testCase: (Language, [Severity], String)) {
        let findings = testCase.1.enumerated().map { F.finding("r", .async, $0.element, "a.py", $0.offset + 1) }
        let output = TextReport.render(ReviewReport(findings: findings), language: testCase.0)
        #expect(output.split(separator: "\n").last.map(String.init) == testCase.2)
    }

    @Test func speaksSpanish() {
        let output = TextReport.render(F.report(), language: .es)
        #expect(output.hasPrefix("app/api/onboarding.py:17-19: CRÍTICO [rls-missing-context] Falta el contexto RLS\n"))
        #expect(output.contains("(🤖 hallazgo del modelo)"))
    }

    @Test func colourIsOptIn() {
        let plain = TextReport.render(F.report(), language: .en)
        #expect(!plain.contains("\u{1B}["))
        let coloured = TextReport.render(F.report(), language: .en, colour: true)
        #expect(coloured.contains("\u{1B}[1;31mCRITICAL\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[33mMEDIUM\u{1B}[0m"))
    }

    @Test func userTextCannotDriveTheTerminal() {
        let finding = F.finding(
            "r", .async, .low, "a\u{1B}[2J.py", 1, title: .init(en: "t\u{07}", es: "t"),
            message: .init(en: "first\nsecond\u{1B}]0;x", es: "m"))
        let output = TextReport.render(ReviewReport(findings: [finding]), language: .en, colour: false)
        #expect(!output.contains("\u{1B}"))
        #expect(!output.contains("\u{07}"))
        #expect(output.contains("  first second"))
    }
}
