import ReviewCore
import Testing

struct GitHubAnnotationsTests {
    typealias F = ReportFixtures

    @Test func writesOneCommandPerFinding() {
        let report = F.report()
        let lines = GitHubAnnotations.render(report, language: .en).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == report.findings.count + 1)
        #expect(lines.last == "")
        #expect(lines.first == "::error file=app/api/onboarding.py,line=17,endLine=19,title=Missing RLS context [rls-missing-context]::The query runs before set_rls_context().%0A%0AFix: Call `set_rls_context()` first.")
    }

    static let kinds: [(Severity, String)] = [(.critical, "error"), (.high, "error"), (.medium, "warning"), (.low, "notice")]

    @Test(arguments: kinds)
    func mapsSeverityToCommand(_ pair: (Severity, String)) {
        #expect(GitHubAnnotations.kind(pair.0) == pair.1)
        let command = GitHubAnnotations.command(F.finding("r", .async, pair.0, "a.py", 1), language: .en)
        #expect(command.hasPrefix("::\(pair.1) file=a.py,line=1,endLine=1,title="))
    }

    static let dataEscapes: [(String, String)] = [
        ("100%", "100%25"), ("a\nb", "a%0Ab"), ("a\r\nb", "a%0D%0Ab"), ("a:b,c", "a:b,c"), ("%0A", "%250A"),
        ("plain text", "plain text"),
    ]

    @Test(arguments: dataEscapes)
    func escapesMessages(_ pair: (String, String)) {
        #expect(GitHubAnnotations.escapeData(pair.0) == pair.1)
    }

    static let propertyEscapes: [(String, String)] = [
        ("a:b", "a%3Ab"), ("a,b", "a%2Cb"), ("50%", "50%25"), ("x\ny", "x%0Ay"), ("dir/file.py", "dir/file.py"),
        ("::error::", "%3A%3Aerror%3A%3A"),
    ]

    @Test(arguments: propertyEscapes)
    func escapesProperties(_ pair: (String, String)) {
        #expect(GitHubAnnotations.escapeProperty(pair.0) == pair.1)
    }

    @Test func userTextCannotInjectAnotherCommand() {
        let finding = F.finding(
            "r", .async, .low, "evil,line=1.py", 2,
            title: .init(en: "t::x", es: "t"), message: .init(en: "m\n::error file=x::pwned", es: "m"))
        let output = GitHubAnnotations.render(ReviewReport(findings: [finding]), language: .en)
        #expect(output.split(separator: "\n").count == 1)
        #expect(output.hasPrefix("::notice file=evil%2Cline=1.py,line=2,endLine=2,title=t%3A%3Ax [r]::m%0A::error"))
    }

    @Test func fileLevelFindingsHaveNoLine() {
        let command = GitHubAnnotations.command(F.finding("r", .async, .low, "a.py", 0), language: .en)
        #expect(!command.contains("line="))
    }

    @Test func marksModelFindingsAndUsesTheLanguage() {
        let finding = F.finding("r", .async, .low, "a.py", 1, origin: .model)
        #expect(GitHubAnnotations.command(finding, language: .en).contains("model finding"))
        let spanish = GitHubAnnotations.command(finding, language: .es)
        #expect(spanish.contains("hallazgo del modelo"))
        #expect(spanish.contains("Solución: Arreglo para r."))
    }

    @Test func emptyReportWritesNothing() {
        #expect(GitHubAnnotations.render(F.empty, language: .en).isEmpty)
    }
}
