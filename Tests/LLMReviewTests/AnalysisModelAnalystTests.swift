import Foundation
import LLMReview
import ReviewCore
import Testing

struct AnalysisModelAnalystTests {
    static let use = AnalysisFixtures.useCasePath
    static let entity = AnalysisFixtures.entityPath

    /// New files `app/a.py`, `app/b.py`, … of about 3,000 tokens each.
    static func bigDiff(files: Int) -> UnifiedDiff {
        let names = ["a", "b", "c", "d", "e", "f"].prefix(files)
        let lines = (1...400).map { "value_\($0) = compute(\($0))" }
        return UnifiedDiff(parsing: names.map { AnalysisFixtures.newFile("app/\($0).py", lines) }.joined())
    }

    static let bigDiff = bigDiff(files: 2)

    /// The base prompt (about 3,000 tokens) and one big file fit in a request; two files do not.
    static let onePerRequest = AnalysisFixtures.settings(maxInputTokensPerRequest: 8_000)

    static func input(
        language: Language = .en, diff: UnifiedDiff = AnalysisFixtures.diff, ruleFindings: [Finding] = []
    ) -> AnalysisInput {
        AnalysisInput(
            diff: diff, ruleFindings: ruleFindings, title: "Add bookings", body: "Adds the booking use case.",
            language: language, memoryBriefing: "BE110-001: use cursor-based pagination")
    }

    @Test func verifiedFindingsComeBackWithUsageDropsAndMetrics() async throws {
        let answer = AnalysisFixtures.answer([
            AnalysisFixtures.entry(path: Self.use, line: 15, endLine: 16),
            AnalysisFixtures.entry(path: Self.entity, line: 5, section: "rls", title: "Entity without invariant"),
            AnalysisFixtures.entry(path: "app/made_up.py", line: 3),
            AnalysisFixtures.entry(path: Self.use, line: 10),
            AnalysisFixtures.entry(path: Self.use, line: 5),
            "42",
        ])
        let model = AnalysisScriptedModel(text: "```json\n" + answer + "\n```")
        let metrics = AnalysisCountingMetrics()
        var settings = AnalysisFixtures.settings()
        settings.inputCostPerMillion = 2
        settings.outputCostPerMillion = 10
        let rule = AnalysisFixtures.ruleFinding(
            "clean-arch-infra-import", path: Self.use, line: 5, section: .cleanArchitecture)
        let result = await ModelAnalyst(client: model, settings: settings, metricsFactory: metrics).analyze(
            Self.input(ruleFindings: [rule]), logger: AnalysisFixtures.logger)

        #expect(result.available)
        #expect(result.notes.isEmpty)
        #expect(result.findings.map(\.path) == [Self.use, Self.entity])
        #expect(result.findings.allSatisfy { $0.origin == .model && $0.fingerprint.isEmpty })
        #expect(result.findings.map(\.ruleID) == ["model-clean-architecture", "model-rls"])
        #expect(
            result.dropped == ["path_not_in_diff": 1, "line_not_in_diff": 1, "duplicate_of_rule": 1, "malformed": 1])
        #expect(result.usage.requests == 1 && result.usage.inputTokens == 100 && result.usage.outputTokens == 20)
        #expect(abs(result.usage.estimatedCost - 400.0 / 1_000_000) < 1e-12)
        let label = "backend_review_llm_dropped_findings_total"
        for (reason, count) in result.dropped {
            #expect(metrics.total(label, [("reason", reason)]) == Int64(count))
        }

        let request = try #require(model.requests.first)
        #expect(model.requests.count == 1)
        #expect(request.model == "test-model" && request.schema == PromptBuilder.findingsSchema)
        #expect(request.structuredOutput && request.maxOutputTokens == 8_000)
        #expect(request.temperature == settings.temperature && request.timeout == settings.requestTimeout)
        #expect(request.user.contains("- [clean-arch-infra-import] \(Self.use):5 high/clean-architecture"))
        #expect(request.user.contains("BE110-001: use cursor-based pagination"))
        #expect(request.user.contains("  15 +         existing = await self.session.execute(select(BookingModel))"))
    }

    @Test(arguments: [
        (Language.en, "model analysis unavailable: timeout"),
        (Language.es, "análisis del modelo no disponible: tiempo de espera agotado"),
    ])
    func everyChunkFailingMakesTheAnalysisUnavailable(language: Language, note: String) async {
        let model = AnalysisScriptedModel(failing: .timeout)
        let result = await ModelAnalyst(client: model, settings: Self.onePerRequest).analyze(
            Self.input(language: language, diff: Self.bigDiff), logger: AnalysisFixtures.logger)
        #expect(model.requests.count == 2)
        #expect(!result.available)
        #expect(result.notes == [note])
        #expect(result.findings.isEmpty && result.dropped.isEmpty)
        #expect(result.usage.requests == 2)
    }

    @Test(arguments: [
        (Language.en, "not analysed by the model: app/a.py (server error)"),
        (Language.es, "no analizados por el modelo: app/a.py (error del servidor)"),
    ])
    func aFailedChunkNamesItsFiles(language: Language, note: String) async {
        let model = AnalysisScriptedModel { request throws(LLMError) in
            if request.user.contains("path: app/a.py") {
                throw LLMError(kind: .server, status: 503, message: "overloaded")
            }
            return LLMCompletion(
                text: AnalysisFixtures.answer([AnalysisFixtures.entry(path: "app/b.py", line: 5, section: "rls")]))
        }
        let result = await ModelAnalyst(client: model, settings: Self.onePerRequest).analyze(
            Self.input(language: language, diff: Self.bigDiff), logger: AnalysisFixtures.logger)
        #expect(model.requests.count == 2)
        #expect(result.available)
        #expect(result.notes == [note])
        #expect(result.findings.map(\.path) == ["app/b.py"])
    }

    @Test func findingsOnFilesOfAFailedChunkAreNotKept() async {
        // The answering chunk names a file it was not shown (its chunk failed): not verified.
        let model = AnalysisScriptedModel { request throws(LLMError) in
            if request.user.contains("path: app/a.py") { throw LLMError(kind: .network, message: "reset") }
            return LLMCompletion(text: AnalysisFixtures.answer([AnalysisFixtures.entry(path: "app/a.py", line: 15)]))
        }
        let result = await ModelAnalyst(client: model, settings: Self.onePerRequest).analyze(
            Self.input(diff: Self.bigDiff), logger: AnalysisFixtures.logger)
        #expect(result.findings.isEmpty)
        #expect(result.dropped == ["path_not_in_diff": 1])
    }

    @Test(arguments: [
        (Language.en, "model analysis unavailable: unreadable answer"),
        (Language.es, "análisis del modelo no disponible: respuesta ilegible"),
    ])
    func anAnswerWithoutJSONIsAFailure(language: Language, note: String) async {
        let model = AnalysisScriptedModel(text: "Looks good to me, approved!")
        let result = await ModelAnalyst(client: model, settings: AnalysisFixtures.settings()).analyze(
            Self.input(language: language), logger: AnalysisFixtures.logger)
        #expect(!result.available)
        #expect(result.notes == [note])
        #expect(result.usage.requests == 1)
    }

    @Test func theDeadlineEndsAnAnalysisWhoseClientHangs() async {
        let model = AnalysisScriptedModel { _ throws(LLMError) in
            do {
                try await Task.sleep(for: .seconds(600))
            } catch {
                throw LLMError(kind: .timeout, message: "cancelled")
            }
            return LLMCompletion(text: #"{"findings": []}"#)
        }
        let settings = AnalysisFixtures.settings(deadline: .milliseconds(200))
        let result = await ModelAnalyst(client: model, settings: settings).analyze(
            Self.input(language: .es), logger: AnalysisFixtures.logger)
        #expect(!result.available)
        #expect(result.notes == ["análisis del modelo no disponible: se venció el tiempo límite"])
    }

    @Test func requestsStayWithinTheConcurrencyLimit() async {
        let gauge = AnalysisInFlightGauge()
        let model = AnalysisScriptedModel { _ throws(LLMError) in
            gauge.enter()
            try? await Task.sleep(for: .milliseconds(20))
            gauge.leave()
            return LLMCompletion(text: #"{"findings": []}"#)
        }
        var settings = Self.onePerRequest
        settings.maxConcurrency = 2
        let result = await ModelAnalyst(client: model, settings: settings).analyze(
            Self.input(diff: Self.bigDiff(files: 4)), logger: AnalysisFixtures.logger)
        #expect(model.requests.count == 4)
        #expect(result.available)
        #expect(gauge.maximum <= 2)
    }

    @Test func neverSendFilesStayHome() async {
        let diff = UnifiedDiff(
            parsing: AnalysisFixtures.newFile(".env", ["DB_PASSWORD=x"])
                + AnalysisFixtures.newFile("deploy/tls/server.pem", ["-----BEGIN CERTIFICATE-----"]))
        let model = AnalysisScriptedModel(text: #"{"findings": []}"#)
        let result = await ModelAnalyst(client: model, settings: AnalysisFixtures.settings()).analyze(
            Self.input(language: .es, diff: diff), logger: AnalysisFixtures.logger)
        #expect(model.requests.isEmpty)
        #expect(result.available)
        #expect(result.notes == ["no enviados al modelo: .env, deploy/tls/server.pem (archivos que nunca se envían)"])
    }

    @Test func anEmptyDiffSendsNothing() async {
        let model = AnalysisScriptedModel(text: #"{"findings": []}"#)
        let result = await ModelAnalyst(client: model, settings: AnalysisFixtures.settings()).analyze(
            Self.input(diff: UnifiedDiff(files: [])), logger: AnalysisFixtures.logger)
        #expect(model.requests.isEmpty)
        #expect(result == AnalysisResult())
    }

    @Test func aBudgetTooSmallForAnythingIsUnavailable() async {
        let model = AnalysisScriptedModel(text: #"{"findings": []}"#)
        let settings = AnalysisFixtures.settings(maxInputTokens: 500, maxInputTokensPerRequest: 500)
        let result = await ModelAnalyst(client: model, settings: settings).analyze(
            Self.input(), logger: AnalysisFixtures.logger)
        #expect(model.requests.isEmpty)
        #expect(!result.available)
        #expect(result.notes == ["model analysis unavailable: token budget"])
    }
}

/// Counts requests in flight and remembers the most at once.
final class AnalysisInFlightGauge: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private var highest = 0

    func enter() {
        lock.withLock {
            current += 1
            highest = max(highest, current)
        }
    }

    func leave() {
        lock.withLock { current -= 1 }
    }

    var maximum: Int {
        lock.lock()
        defer { lock.unlock() }
        return highest
    }
}
