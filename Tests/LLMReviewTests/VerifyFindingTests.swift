import LLMReview
import ReviewCore
import Testing

struct VerifyFindingTests {
    static let use = AnalysisFixtures.useCasePath

    /// The fixture diff plus a deleted file, a binary, a never-send file and a hunk that only removes lines.
    static let diff = UnifiedDiff(
        parsing: AnalysisFixtures.diffText
            + AnalysisFixtures.lines([
                "diff --git a/app/old.py b/app/old.py", "deleted file mode 100644", "index 1234567..0000000",
                "--- a/app/old.py", "+++ /dev/null", "@@ -1,2 +0,0 @@", "-import os", "-print(os.getcwd())",
                "diff --git a/docs/logo.png b/docs/logo.png", "new file mode 100644", "index 0000000..89abcde",
                "Binary files /dev/null and b/docs/logo.png differ",
                "diff --git a/.env.production b/.env.production", "new file mode 100644", "index 0000000..1111111",
                "--- /dev/null", "+++ b/.env.production", "@@ -0,0 +1 @@", "+DEBUG=false",
                "diff --git a/app/api/routes.py b/app/api/routes.py", "index 2222222..3333333 100644",
                "--- a/app/api/routes.py", "+++ b/app/api/routes.py", "@@ -20,3 +20,1 @@", " router = APIRouter()",
                "-router.include_router(legacy.router)", "-router.include_router(admin.router)",
            ]))

    static let ruleFindings = [
        AnalysisFixtures.ruleFinding("clean-arch-infra-import", path: use, line: 5, section: .cleanArchitecture)
    ]

    static func verify(_ candidates: [ModelFindingCandidate]) -> FindingVerification {
        FindingVerifier(diff: diff, ruleFindings: ruleFindings, neverSend: LLMSettings.defaultNeverSend)
            .verify(candidates)
    }

    static func candidate(
        _ path: String = use, line: Int = 16, endLine: Int? = nil, severity: String = "high",
        section: String = "rls", title: String = "Missing invariant", analysis: String = "The check races.",
        considerations: [String] = []
    ) -> ModelFindingCandidate {
        ModelFindingCandidate(
            path: path, line: line, endLine: endLine, severity: severity, section: section, title: title,
            analysis: analysis, solution: "Use a unique constraint.", why: "Invariants live in the database.",
            considerations: considerations)
    }

    struct Drop: Sendable, CustomTestStringConvertible {
        var name: String
        var candidate: ModelFindingCandidate
        var reason: String
        var testDescription: String { name }
    }

    static let long = String(repeating: "x", count: 2_001)

    static let drops: [Drop] = [
        Drop(name: "made-up path", candidate: candidate("app/made_up.py"), reason: "path_not_in_diff"),
        Drop(name: "deleted file", candidate: candidate("app/old.py", line: 1), reason: "path_not_in_diff"),
        Drop(name: "binary file", candidate: candidate("docs/logo.png", line: 1), reason: "path_not_in_diff"),
        Drop(name: "never-send file", candidate: candidate(".env.production", line: 1), reason: "path_not_in_diff"),
        Drop(name: "line between hunks", candidate: candidate(line: 10), reason: "line_not_in_diff"),
        Drop(name: "line zero", candidate: candidate(line: 0), reason: "line_not_in_diff"),
        Drop(name: "line past the end", candidate: candidate(line: 400), reason: "line_not_in_diff"),
        Drop(name: "removed line", candidate: candidate("app/api/routes.py", line: 21), reason: "line_not_in_diff"),
        Drop(name: "end line off the diff", candidate: candidate(line: 16, endLine: 40), reason: "line_not_in_diff"),
        Drop(name: "range across hunks", candidate: candidate(line: 7, endLine: 13), reason: "line_not_in_diff"),
        Drop(name: "unknown severity", candidate: candidate(severity: "blocker"), reason: "unknown_severity"),
        Drop(name: "unknown section", candidate: candidate(section: "style"), reason: "unknown_section"),
        Drop(name: "long title", candidate: candidate(title: String(long.prefix(201))), reason: "too_long"),
        Drop(name: "long analysis", candidate: candidate(analysis: long), reason: "too_long"),
        Drop(name: "long consideration", candidate: candidate(considerations: ["ok", long]), reason: "too_long"),
        Drop(name: "empty title", candidate: candidate(title: ""), reason: "empty"),
        Drop(name: "blank analysis", candidate: candidate(analysis: "  \n "), reason: "empty"),
        Drop(name: "title of HTML only", candidate: candidate(title: "<b></b><!-- x -->"), reason: "empty"),
        Drop(
            name: "same lines as a rule finding",
            candidate: candidate(line: 5, section: "clean-architecture"), reason: "duplicate_of_rule"),
        Drop(
            name: "next to a rule finding", candidate: candidate(line: 6, section: "clean-architecture"),
            reason: "duplicate_of_rule"),
        Drop(
            name: "range over a rule finding",
            candidate: candidate(line: 1, endLine: 8, section: "clean-architecture"), reason: "duplicate_of_rule"),
    ]

    @Test(arguments: drops)
    func dropsWithReason(_ drop: Drop) {
        let result = Self.verify([drop.candidate])
        #expect(result.findings.isEmpty)
        #expect(result.dropped == [drop.reason: 1])
    }

    @Test func keepsAVerifiedFindingAsAModelFinding() throws {
        let result = Self.verify([
            Self.candidate(
                line: 16, endLine: 17, severity: " High ", section: "Clean_Architecture", title: "Query in a use case",
                considerations: ["Update the tests", ""])
        ])
        #expect(result.dropped.isEmpty)
        let finding = try #require(result.findings.first)
        #expect(finding.ruleID == "model-clean-architecture")
        #expect(finding.section == .cleanArchitecture && finding.severity == .high)
        #expect(finding.origin == .model && finding.fingerprint.isEmpty)
        #expect(finding.path == Self.use && finding.line == 16 && finding.endLine == 17)
        #expect(finding.snippet == "        if existing.first() is None:")
        #expect(finding.title == LocalizedText(en: "Query in a use case", es: "Query in a use case"))
        #expect(finding.message.en == "The check races." && finding.fix.es == "Use a unique constraint.")
        #expect(finding.why.en == "Invariants live in the database.")
        #expect(finding.considerations == [LocalizedText(en: "Update the tests", es: "Update the tests")])
    }

    @Test func contextLinesCountAndAnEarlyEndLineIsClamped() throws {
        let result = Self.verify([Self.candidate(line: 14, endLine: 3)])
        let finding = try #require(result.findings.first)
        #expect(finding.line == 14 && finding.endLine == 14)
        #expect(finding.snippet == "    async def execute(self, dto):")
    }

    @Test func otherSectionsAndOtherLinesAreNotDuplicatesOfTheRule() {
        let result = Self.verify([
            Self.candidate(line: 5, section: "security"), Self.candidate(line: 15, section: "clean-architecture"),
        ])
        #expect(result.findings.map(\.line) == [5, 15])
        #expect(result.dropped.isEmpty)
    }

    @Test func theSevererOfTwoOverlappingModelFindingsStays() {
        let result = Self.verify([
            Self.candidate(line: 16, severity: "medium", title: "first"),
            Self.candidate(line: 17, severity: "critical", title: "second"),
            Self.candidate(line: 16, severity: "low", section: "testing", title: "other section"),
        ])
        #expect(result.findings.map(\.title.en) == ["other section", "second"])
        #expect(result.dropped == ["duplicate": 1])
    }

    @Test func countsEveryDropOfABatch() {
        let result = Self.verify(Self.drops.map(\.candidate) + [Self.candidate()])
        #expect(result.findings.count == 1)
        var expected: [String: Int] = [:]
        for drop in Self.drops { expected[drop.reason, default: 0] += 1 }
        #expect(result.dropped == expected)
    }
}
