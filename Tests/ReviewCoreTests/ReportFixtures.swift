import ReviewCore

/// A small fixed review shared by the renderer tests: one finding per severity, a model finding,
/// a custom section, and text that tries to break markdown and JSON.
enum ReportFixtures {
    static func text(_ en: String, _ es: String) -> LocalizedText { LocalizedText(en: en, es: es) }

    static let rlsRule = RuleDescriptor(
        id: "rls-missing-context", section: .rls, severity: .critical,
        title: text("Missing RLS context", "Falta el contexto RLS"),
        message: text("The query runs before set_rls_context().", "La query corre antes de set_rls_context()."),
        fix: text("Call `set_rls_context()` first.", "Llamá a `set_rls_context()` primero."),
        why: text("Without it, tenants see each other's rows.", "Sin eso, un tenant ve las filas de otro."),
        helpURI: "https://example.com/rules/rls-missing-context")

    static let sleepRule = RuleDescriptor(
        id: "async-blocking-sleep", section: .async, severity: .high,
        title: text("Blocking sleep in async code", "Sleep bloqueante en código async"),
        message: text("time.sleep blocks the event loop.", "time.sleep bloquea el event loop."),
        fix: text("Use `await asyncio.sleep(...)`.", "Usá `await asyncio.sleep(...)`."),
        why: text("One blocked loop stalls every request.", "Un loop bloqueado frena todos los requests."))

    static func finding(
        _ rule: String, _ section: Section, _ severity: Severity, _ path: String, _ line: Int,
        endLine: Int? = nil, snippet: String = "x = 1", origin: Finding.Origin = .rule,
        title: LocalizedText? = nil, message: LocalizedText? = nil, fix: LocalizedText? = nil,
        considerations: [LocalizedText] = []
    ) -> Finding {
        Finding(
            ruleID: rule, section: section, severity: severity, path: path, line: line, endLine: endLine,
            title: title ?? text("Title of \(rule)", "Título de \(rule)"),
            message: message ?? text("Message of \(rule).", "Mensaje de \(rule)."),
            fix: fix ?? text("Fix for \(rule).", "Arreglo para \(rule)."),
            why: text("Why \(rule).", "Por qué \(rule)."), considerations: considerations,
            snippet: snippet, origin: origin)
    }

    /// Four findings, one per severity, plus a model finding, finalised.
    static var findings: [Finding] {
        FindingSet.finalize([
            finding(
                "async-blocking-sleep", .async, .high, "app/services/booking.py", 42, snippet: "time.sleep(1)",
                title: sleepRule.title, message: sleepRule.message, fix: sleepRule.fix),
            finding(
                "rls-missing-context", .rls, .critical, "app/api/onboarding.py", 17, endLine: 19,
                snippet: "await session.execute(stmt)", title: rlsRule.title, message: rlsRule.message,
                fix: rlsRule.fix,
                considerations: [text("Consider the RLS policy", "Considerar la policy de RLS")]),
            finding("test-missing", .testing, .medium, "app/services/booking.py", 10, snippet: "def book():"),
            finding("naming-style", "team-style", .low, "app/util.py", 3, snippet: "def Foo(): pass"),
            finding(
                "model-n-plus-one", .performance, .medium, "app/repositories/booking_repository.py", 88,
                snippet: "for b in bookings:", origin: .model,
                message: text("Loads `customer` per booking: N+1.", "Carga `customer` por reserva: N+1.")),
        ])
    }

    static func report(language: Language = .en, unanchored: [Finding] = [], notes: [String] = []) -> ReviewReport {
        ReviewReport(
            findings: findings, rules: [rlsRule, sleepRule], filesReviewed: 4, linesAdded: 120,
            rulesEvaluated: 35, language: language, suppressed: SuppressionSummary(byReason: [.init(reason: "DEC-001", count: 2)]),
            unanchored: unanchored, notes: notes)
    }

    static let empty = ReviewReport(findings: [], rules: [rlsRule], filesReviewed: 1, linesAdded: 3)
}
