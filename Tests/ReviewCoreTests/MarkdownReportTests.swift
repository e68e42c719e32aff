import ReviewCore
import Testing

struct MarkdownReportTests {
    typealias F = ReportFixtures

    @Test(arguments: Language.allCases)
    func isTheSummaryThenEveryInlineBody(_ language: Language) {
        let report = F.report()
        let output = MarkdownReport.render(report, language: language)
        #expect(output.hasPrefix(SummaryComment.render(report, language: language)))
        for finding in report.findings {
            let section = "\(MarkdownReport.separator(finding))\n\n\(InlineComment.render(finding, language: language))\n"
            #expect(output.contains(section))
        }
        #expect(output.components(separatedBy: "<!-- backend-review:inline ").count - 1 == report.findings.count)
    }

    @Test func separatorsSayWhereEachCommentGoes() {
        let finding = F.findings.first { $0.ruleID == "rls-missing-context" }!
        #expect(MarkdownReport.separator(finding) == "<!-- backend-review:inline path=app/api/onboarding.py line=17 -->")
    }

    static let paths: [(String, String)] = [
        ("app/x.py", "app/x.py"), ("dir with space/x.py", "dir%20with%20space/x.py"), ("a-->b.py", "a--%3Eb.py"),
        ("100%.py", "100%25.py"), ("new\nline.py", "new%0Aline.py"), ("ñandú.py", "ñandú.py"),
    ]

    @Test(arguments: paths)
    func encodesPathsThatCouldBreakTheSeparator(_ pair: (String, String)) {
        let finding = F.finding("r", .async, .low, pair.0, 2)
        #expect(MarkdownReport.separator(finding) == "<!-- backend-review:inline path=\(pair.1) line=2 -->")
    }

    @Test func unanchoredFindingsOnlyAppearInTheSummary() {
        let unanchored = F.findings[0]
        let output = MarkdownReport.render(F.report(unanchored: [unanchored]), language: .en)
        #expect(!output.contains(MarkdownReport.separator(unanchored)))
        #expect(output.components(separatedBy: "<!-- backend-review:inline ").count - 1 == F.findings.count - 1)
    }

    @Test func emptyReportIsJustTheSummary() {
        #expect(MarkdownReport.render(F.empty, language: .es) == SummaryComment.render(F.empty, language: .es))
    }
}
