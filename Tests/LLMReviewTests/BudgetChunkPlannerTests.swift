import LLMReview
import ReviewCore
import Testing

struct BudgetChunkPlannerTests {
    static func file(_ path: String, lines count: Int) -> FileDiff {
        let added = (1...count).map { "value_\($0) = compute(\($0))" }
        return UnifiedDiff(parsing: AnalysisFixtures.newFile(path, added)).files[0]
    }

    @Test func smallChangeIsOneRequestWithTheWholeOutputBudget() {
        let planner = ChunkPlanner(maxInputTokens: 60_000, maxInputTokensPerRequest: 20_000, maxOutputTokens: 8_000)
        let plan = planner.plan(files: AnalysisFixtures.diff.files, ruleFindings: [], baseTokens: 3_000)
        #expect(plan.chunks.count == 1)
        #expect(plan.chunks[0].files.count == 2)
        #expect(plan.chunks[0].maxOutputTokens == 8_000)
        #expect(plan.skipped.isEmpty && plan.truncated.isEmpty)
        #expect(plan.chunks[0].estimatedTokens > 3_000)
    }

    @Test func largeChangeIsSplitByFileWithinThePerRequestBudget() {
        // About 340 tokens a file: two fit in a request of 900 with the base, three do not.
        let files = (1...4).map { Self.file("app/module_\($0).py", lines: 40) }
        let planner = ChunkPlanner(maxInputTokens: 100_000, maxInputTokensPerRequest: 900, maxOutputTokens: 1_001)
        let plan = planner.plan(files: files, ruleFindings: [], baseTokens: 100)
        #expect(plan.chunks.count == 2)
        #expect(plan.chunks.allSatisfy { $0.estimatedTokens <= 900 && $0.files.count == 2 })
        #expect(Set(plan.chunks.flatMap { $0.files.map(\.path) }) == Set(files.map(\.path)))
        #expect(plan.chunks.map(\.maxOutputTokens) == [501, 500])
        #expect(plan.skipped.isEmpty && plan.truncated.isEmpty)
    }

    @Test func filesWithSevererFindingsComeFirstAndTheRestIsSkipped() {
        let files = [
            Self.file("app/big_change.py", lines: 60), Self.file("app/high.py", lines: 40),
            Self.file("app/critical.py", lines: 40), Self.file("app/two_highs.py", lines: 40),
        ]
        let findings = [
            AnalysisFixtures.ruleFinding("rls-x", path: "app/critical.py", line: 3, section: .rls, severity: .critical),
            AnalysisFixtures.ruleFinding("async-x", path: "app/high.py", line: 3, section: .async, severity: .high),
            AnalysisFixtures.ruleFinding("async-x", path: "app/two_highs.py", line: 3, section: .async),
            AnalysisFixtures.ruleFinding("async-y", path: "app/two_highs.py", line: 9, section: .async),
        ]
        // Room for two files of about 350 tokens each, in one request.
        let planner = ChunkPlanner(maxInputTokens: 1_000, maxInputTokensPerRequest: 1_000, maxOutputTokens: 100)
        let plan = planner.plan(files: files, ruleFindings: findings, baseTokens: 100)
        #expect(plan.chunks.count == 1)
        #expect(plan.chunks[0].files.map(\.path) == ["app/critical.py", "app/two_highs.py"])
        #expect(plan.skipped == ["app/high.py", "app/big_change.py"])
        #expect(plan.estimatedTokens <= 1_000)
    }

    @Test func withoutFindingsBiggerChangesComeFirst() {
        let files = [Self.file("a.py", lines: 10), Self.file("b.py", lines: 200), Self.file("c.py", lines: 50)]
        let planner = ChunkPlanner(maxInputTokens: 100_000, maxInputTokensPerRequest: 100_000, maxOutputTokens: 100)
        let plan = planner.plan(files: files, ruleFindings: [], baseTokens: 100)
        #expect(plan.chunks.map { $0.files.map(\.path) } == [["b.py", "c.py", "a.py"]])
    }

    @Test func aHugeFileIsCutToItsFirstLines() throws {
        let huge = Self.file("app/generated.py", lines: 2_000)
        let planner = ChunkPlanner(maxInputTokens: 100_000, maxInputTokensPerRequest: 1_000, maxOutputTokens: 100)
        let plan = planner.plan(files: [huge], ruleFindings: [], baseTokens: 100)
        #expect(plan.truncated == ["app/generated.py"])
        let chunk = try #require(plan.chunks.first)
        #expect(chunk.truncatedPaths == ["app/generated.py"])
        #expect(chunk.estimatedTokens <= 1_000)
        let lines = chunk.files[0].hunks.flatMap(\.lines)
        #expect(lines.count > 50 && lines.count < 2_000)
        #expect(lines.compactMap(\.newLine) == Array(1...lines.count))
        #expect(lines.map(\.text) == Array(huge.hunks[0].lines.prefix(lines.count)).map(\.text))
    }

    @Test func aCutKeepsWholeHunksFirst() throws {
        var diffLines = ["diff --git a/app/m.py b/app/m.py", "--- a/app/m.py", "+++ b/app/m.py"]
        for hunk in 0..<3 {
            let start = hunk * 1_000 + 1
            diffLines.append("@@ -\(start),0 +\(start),60 @@")
            diffLines += (0..<60).map { "+line_\(hunk)_\($0) = \($0)" }
        }
        let file = try #require(UnifiedDiff(parsing: AnalysisFixtures.lines(diffLines)).files.first)
        let planner = ChunkPlanner(maxInputTokens: 100_000, maxInputTokensPerRequest: 600, maxOutputTokens: 100)
        let cut = try #require(planner.plan(files: [file], ruleFindings: [], baseTokens: 100).chunks.first?.files.first)
        #expect(cut.hunks.count == 2)
        #expect(cut.hunks[0] == file.hunks[0])
        #expect(cut.hunks[1].lines.count < 60)
        #expect(cut.hunks[1].lines == Array(file.hunks[1].lines.prefix(cut.hunks[1].lines.count)))
    }

    @Test func nothingFitsWhenTheBaseAloneIsOverBudget() {
        let planner = ChunkPlanner(maxInputTokens: 1_000, maxInputTokensPerRequest: 500, maxOutputTokens: 100)
        let plan = planner.plan(files: AnalysisFixtures.diff.files, ruleFindings: [], baseTokens: 600)
        #expect(plan.chunks.isEmpty)
        #expect(Set(plan.skipped) == Set(AnalysisFixtures.diff.files.map(\.path)))
    }

    @Test(arguments: [Language.en, .es])
    func analystNamesTheFilesLeftOut(language: Language) async throws {
        let files = [
            ("app/a.py", 600), ("app/b.py", 60), ("app/c.py", 20),
        ].map { AnalysisFixtures.newFile($0.0, (1...$0.1).map { "value_\($0) = compute(\($0))" }) }
        let diff = UnifiedDiff(parsing: files.joined())
        let model = AnalysisScriptedModel(text: #"{"findings": []}"#)
        // The system prompt is about 3,000 tokens: one request has room for part of a.py only.
        let settings = AnalysisFixtures.settings(maxInputTokens: 5_000, maxInputTokensPerRequest: 5_000)
        let result = await ModelAnalyst(client: model, settings: settings).analyze(
            AnalysisInput(diff: diff, ruleFindings: [], title: "t", body: "", language: language),
            logger: AnalysisFixtures.logger)
        #expect(result.available)
        #expect(model.requests.count == 1)
        let user = try #require(model.requests.first?.user)
        #expect(user.contains("path: app/a.py") && !user.contains("path: app/b.py"))
        #expect(user.contains("value_1 = compute(1)") && !user.contains("value_600 = compute(600)"))
        switch language {
        case .en:
            #expect(
                result.notes == [
                    "not analysed by the model: app/b.py, app/c.py (token budget)",
                    "analysed only in part by the model: app/a.py (token budget)",
                ])
        case .es:
            #expect(
                result.notes == [
                    "no analizados por el modelo: app/b.py, app/c.py (presupuesto de tokens)",
                    "analizados solo en parte por el modelo: app/a.py (presupuesto de tokens)",
                ])
        }
    }

    @Test func requestsStayWithinTheBudgetsAfterRedaction() async {
        // Placeholders are longer than these secrets: planning on the unredacted text alone would overflow.
        let lines = (1...3_000).map { "key_\($0):\n  password: \"p\($0)\"" }.joined(separator: "\n")
            .split(separator: "\n").map(String.init)
        let diff = UnifiedDiff(parsing: AnalysisFixtures.newFile("config/users.yaml", lines))
        let model = AnalysisScriptedModel(text: #"{"findings": []}"#)
        let settings = AnalysisFixtures.settings(maxInputTokens: 20_000, maxInputTokensPerRequest: 8_000)
        let result = await ModelAnalyst(client: model, settings: settings).analyze(
            AnalysisInput(diff: diff, ruleFindings: [], title: "t", body: "", language: .en),
            logger: AnalysisFixtures.logger)
        #expect(result.notes == ["analysed only in part by the model: config/users.yaml (token budget)"])
        let sizes = model.requests.map { TokenEstimator.estimate($0.system + $0.user + $0.schema) }
        #expect(sizes.count == 1)
        #expect(sizes.allSatisfy { $0 <= 8_000 && $0 > 7_000 }, "\(sizes)")
        #expect(model.requests.allSatisfy { !$0.user.contains("\"p1\"") && $0.user.contains("[REDACTED:") })
    }
}
