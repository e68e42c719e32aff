import CoreMetrics
import Foundation
import LLMReview
import Logging
import ReviewCore

/// A `ModelCompleting` that answers from a script and records every request it got.
final class AnalysisScriptedModel: ModelCompleting, @unchecked Sendable {
    typealias Answer = @Sendable (LLMRequest) async throws(LLMError) -> LLMCompletion

    private let lock = NSLock()
    private var recorded: [LLMRequest] = []
    private let answer: Answer

    init(_ answer: @escaping Answer) {
        self.answer = answer
    }

    /// Always answers `text`.
    convenience init(text: String) {
        self.init { _ throws(LLMError) in LLMCompletion(text: text, inputTokens: 100, outputTokens: 20) }
    }

    /// Always fails with `kind`.
    convenience init(failing kind: LLMError.Kind) {
        self.init { _ throws(LLMError) in throw LLMError(kind: kind, message: "scripted failure") }
    }

    var requests: [LLMRequest] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    func complete(_ request: LLMRequest, deadline: ContinuousClock.Instant) async throws(LLMError) -> LLMCompletion {
        lock.withLock { recorded.append(request) }
        return try await answer(request)
    }
}

/// Counter totals in memory, so tests don't bootstrap the process-wide metrics system.
final class AnalysisCountingMetrics: MetricsFactory, @unchecked Sendable {
    private let lock = NSLock()
    private var totals: [String: Int64] = [:]

    func total(_ label: String, _ dimensions: [(String, String)]) -> Int64 {
        lock.lock()
        defer { lock.unlock() }
        return totals[Self.key(label, dimensions)] ?? 0
    }

    func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        Handler(metrics: self, key: Self.key(label, dimensions))
    }

    func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        Ignored()
    }

    func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler { Ignored() }
    func destroyCounter(_ handler: any CounterHandler) {}
    func destroyRecorder(_ handler: any RecorderHandler) {}
    func destroyTimer(_ handler: any TimerHandler) {}

    fileprivate func add(_ amount: Int64, to key: String) {
        lock.lock()
        defer { lock.unlock() }
        totals[key, default: 0] += amount
    }

    private static func key(_ label: String, _ dimensions: [(String, String)]) -> String {
        label + "{" + dimensions.map { "\($0.0)=\($0.1)" }.joined(separator: ",") + "}"
    }

    private final class Handler: CounterHandler, @unchecked Sendable {
        let metrics: AnalysisCountingMetrics
        let key: String
        init(metrics: AnalysisCountingMetrics, key: String) {
            self.metrics = metrics
            self.key = key
        }
        func increment(by amount: Int64) { metrics.add(amount, to: key) }
        func reset() {}
    }

    private final class Ignored: RecorderHandler, TimerHandler, @unchecked Sendable {
        func record(_ value: Int64) {}
        func record(_ value: Double) {}
        func recordNanoseconds(_ duration: Int64) {}
    }
}

/// Diffs, findings and settings shared by the analysis tests.
enum AnalysisFixtures {
    static let logger = Logger(label: "llm-analysis-test", factory: { _ in SwiftLogNoOpLogHandler() })

    static let useCasePath = "app/application/use_cases/create_booking.py"
    static let entityPath = "app/domain/entities/booking.py"

    /// A use case that queries the database directly (new lines 1-8 and 12-18) and a new entity (1-6).
    static let diffText = lines([
        "diff --git a/\(useCasePath) b/\(useCasePath)",
        "index 1111111..2222222 100644",
        "--- a/\(useCasePath)",
        "+++ b/\(useCasePath)",
        "@@ -1,6 +1,8 @@",
        " from dataclasses import dataclass",
        "+from sqlalchemy import select",
        " ",
        " from app.domain.repositories.booking import IBookingRepository",
        "+from app.infrastructure.database.models import BookingModel",
        " ",
        " ",
        " @dataclass",
        "@@ -10,4 +12,7 @@ class CreateBookingUseCase:",
        "     booking_repo: IBookingRepository",
        " ",
        "     async def execute(self, dto):",
        "-        return await self.booking_repo.create(dto)",
        "+        existing = await self.session.execute(select(BookingModel))",
        "+        if existing.first() is None:",
        "+            return await self.booking_repo.create(dto)",
        "+        return None",
        "diff --git a/\(entityPath) b/\(entityPath)",
        "new file mode 100644",
        "index 0000000..3333333",
        "--- /dev/null",
        "+++ b/\(entityPath)",
        "@@ -0,0 +1,6 @@",
        "+from dataclasses import dataclass",
        "+from datetime import datetime",
        "+",
        "+@dataclass",
        "+class Booking:",
        "+    start_time: datetime",
    ])

    static var diff: UnifiedDiff { UnifiedDiff(parsing: diffText) }

    /// `src/backend/app/api/deps.py` of full-stack-fastapi-template PR 629 (a real diff): new lines 9-15,
    /// the added import on line 12.
    static let realDiffText = lines([
        "diff --git a/src/backend/app/api/deps.py b/src/backend/app/api/deps.py",
        "index 1810ce08..b6e05c17 100644",
        "--- a/src/backend/app/api/deps.py",
        "+++ b/src/backend/app/api/deps.py",
        "@@ -9,7 +9,7 @@ from sqlmodel import Session",
        " ",
        " from app.core import security",
        " from app.core.config import settings",
        "-from app.db.engine import engine",
        "+from app.core.db import engine",
        " from app.models import TokenPayload, User",
        " ",
        " reusable_oauth2 = OAuth2PasswordBearer(",
    ])

    static func lines(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    /// A one-file diff adding `added` as a new file at `path`.
    static func newFile(_ path: String, _ added: [String]) -> String {
        lines(
            [
                "diff --git a/\(path) b/\(path)", "new file mode 100644", "index 0000000..1234567", "--- /dev/null",
                "+++ b/\(path)", "@@ -0,0 +1,\(added.count) @@",
            ] + added.map { "+" + $0 })
    }

    static func ruleFinding(
        _ ruleID: String, path: String, line: Int, endLine: Int? = nil, section: Section, severity: Severity = .high,
        title: String = "A rule finding"
    ) -> Finding {
        Finding(
            ruleID: ruleID, section: section, severity: severity, path: path, line: line, endLine: endLine,
            title: LocalizedText(en: title, es: title), message: LocalizedText(en: "m", es: "m"),
            fix: LocalizedText(en: "f", es: "f"), why: LocalizedText(en: "w", es: "w"), snippet: "code")
    }

    static func settings(
        maxInputTokens: Int = 60_000, maxInputTokensPerRequest: Int = 20_000, maxOutputTokens: Int = 8_000,
        deadline: Duration = .seconds(120), neverSend: [String] = LLMSettings.defaultNeverSend
    ) -> LLMSettings {
        LLMSettings(
            baseURL: "http://127.0.0.1:1/v1", model: "test-model", maxInputTokens: maxInputTokens,
            maxOutputTokens: maxOutputTokens, maxInputTokensPerRequest: maxInputTokensPerRequest, deadline: deadline,
            neverSend: neverSend)
    }

    /// One finding entry as JSON.
    static func entry(
        path: String, line: Int, endLine: Int? = nil, severity: String = "high", section: String = "clean-architecture",
        title: String = "Use case queries the database", analysis: String = "The use case runs a query itself.",
        solution: String = "Move the query into the repository.", why: String = "Repository Pattern.",
        considerations: [String] = ["Update the tests."]
    ) -> String {
        let object: [String: Any] = [
            "path": path, "line": line, "end_line": endLine.map { $0 as Any } ?? NSNull(), "severity": severity,
            "section": section, "title": title, "analysis": analysis, "solution": solution, "why": why,
            "considerations": considerations,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func answer(_ entries: [String]) -> String {
        #"{"findings": ["# + entries.joined(separator: ", ") + "]}"
    }
}
