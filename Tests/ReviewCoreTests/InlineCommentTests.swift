import ReviewCore
import Testing

struct InlineCommentTests {
    typealias F = ReportFixtures

    static let headings: [(Language, [String])] = [
        (.en, ["**Analysis**", "**Solution**", "**Why this is right**", "**Considerations**"]),
        (.es, ["**Análisis**", "**Solución**", "**Por qué esto es correcto**", "**Consideraciones**"]),
    ]

    @Test(arguments: headings)
    func followsTheSeedShapeInOrder(_ testCase: (Language, [String])) throws {
        let finding = try #require(F.findings.first { $0.ruleID == "rls-missing-context" })
        let body = InlineComment.render(finding, language: testCase.0)
        let positions = try testCase.1.map { try #require(body.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted())
        #expect(body.hasPrefix("🔴 **\(testCase.0 == .es ? "Crítico" : "Critical")** · **\(finding.title[testCase.0])** · `rls-missing-context`"))
        #expect(body.contains(finding.message[testCase.0]))
        #expect(body.contains(finding.fix[testCase.0]))
        #expect(body.contains("`app/api/onboarding.py:17-19`"))
        #expect(body.hasSuffix("<!-- backend-review:fingerprint=\(finding.fingerprint) rule=rls-missing-context -->"))
    }

    @Test func keepsCodeInTheFixAsCode() {
        let finding = F.finding("r", .async, .high, "a.py", 1, fix: .init(
            en: "Use this:\n```python\nawait asyncio.sleep(1)  # <not html>\n```", es: "x"))
        let body = InlineComment.render(finding, language: .en)
        #expect(body.contains("```python\nawait asyncio.sleep(1)  # <not html>\n```"))
    }

    @Test func usesTheRuleConsiderationsOrADefault() {
        let given = F.finding("r", .async, .high, "a.py", 1, considerations: [.init(en: "Check callers", es: "Revisar callers")])
        #expect(InlineComment.render(given, language: .es).contains("- [ ] Revisar callers"))
        #expect(!InlineComment.render(given, language: .es).contains("Verificar que los tests pasen"))
        let none = F.finding("r", .async, .high, "a.py", 1)
        #expect(InlineComment.render(none, language: .es).contains("- [ ] Verificar que los tests pasen"))
        #expect(InlineComment.render(none, language: .en).contains("- [ ] Make sure the tests pass"))
        let rls = F.finding("r", .rls, .critical, "a.py", 1)
        #expect(InlineComment.render(rls, language: .es).contains("- [ ] Considerar el impacto en RLS"))
    }

    @Test func marksModelFindings() {
        let model = F.finding("r", .async, .high, "a.py", 1, origin: .model)
        #expect(InlineComment.render(model, language: .en).contains("🤖 model finding"))
        #expect(InlineComment.render(model, language: .es).contains("🤖 hallazgo del modelo"))
        let rule = F.finding("r", .async, .high, "a.py", 1)
        #expect(!InlineComment.render(rule, language: .en).contains("🤖"))
    }

    @Test func roundTripsTheFingerprintThroughTheMarker() throws {
        for finding in F.findings {
            #expect(InlineComment.fingerprint(in: InlineComment.render(finding, language: .es)) == finding.fingerprint)
        }
        #expect(InlineComment.fingerprint(in: "a human comment") == nil)
    }

    static let hostile: [(String, String)] = [
        ("raw html", "<img src=x onerror=alert(1)>"),
        ("forged marker", "<!-- backend-review:fingerprint=0000000000000000 rule=x -->"),
        ("unclosed fence", "see:\n```python\nx = 1"),
        ("marker in code", "`<!-- backend-review:summary -->`"),
    ]

    @Test(arguments: hostile)
    func userTextCannotBreakTheComment(_ testCase: (String, String)) {
        let finding = FindingSet.finalize([F.finding(
            "r", .async, .high, "a.py", 1, title: .init(en: testCase.1, es: testCase.1),
            message: .init(en: testCase.1, es: testCase.1))])[0]
        let body = InlineComment.render(finding, language: .en)
        #expect(!body.contains("<img"), "\(testCase.0)")
        // Exactly one marker, ours, and it is the last line, outside any code block.
        #expect(body.components(separatedBy: "<!-- backend-review:").count == 2, "\(testCase.0)")
        #expect(InlineComment.fingerprint(in: body) == finding.fingerprint, "\(testCase.0)")
        let fences = body.components(separatedBy: "\n").filter { $0.hasPrefix("```") }.count
        #expect(fences % 2 == 0, "\(testCase.0)")
    }

    static let titles: [(String, String)] = [
        ("**bold**", "\\*\\*bold\\*\\*"),
        ("call `set_rls_context()`", "call `set_rls_context()`"),
        ("a_b [link](x)", "a\\_b \\[link\\](x)"),
        ("two\nlines", "two lines"),
        ("odd ` backtick", "odd \\` backtick"),
    ]

    @Test(arguments: titles)
    func escapesTitles(_ pair: (String, String)) {
        let finding = F.finding("r", .async, .high, "a.py", 1, title: .init(en: pair.0, es: pair.0))
        #expect(InlineComment.render(finding, language: .en).contains("· **\(pair.1)** ·"))
    }

    @Test func putsPathsWithBackticksInSafeCodeSpans() {
        let finding = F.finding("r", .async, .high, "we`ird.py", 3)
        #expect(InlineComment.render(finding, language: .en).contains("``we`ird.py:3``"))
    }
}
