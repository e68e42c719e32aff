import Expertise
import Foundation
import ReviewCore

/// Builders shared by the rules, guidance, feedback and command tests.
enum RulesFixtures {
    /// 2026-03-01T12:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_772_366_400)

    static func days(_ count: Double, after date: Date = now) -> Date {
        date.addingTimeInterval(count * 86_400)
    }

    static func rule(
        _ id: String = "async-blocking-sleep", severity: Severity = .high, section: Section = .async
    ) -> RuleDescriptor {
        RuleDescriptor(
            id: id, section: section, severity: severity,
            title: LocalizedText(en: "Blocking call in async code (\(id))", es: "Llamada bloqueante en código async (\(id))"),
            message: LocalizedText(en: "The event loop stalls.", es: "El event loop se traba."),
            fix: LocalizedText(en: "Use the async variant.", es: "Usá la variante async."),
            why: LocalizedText(en: "One blocked loop blocks every request.", es: "Un loop bloqueado frena todo."))
    }

    static func finding(
        _ ruleID: String = "async-blocking-sleep", path: String = "app/a.py", line: Int = 10,
        severity: Severity = .high, snippet: String = "time.sleep(1)", origin: Finding.Origin = .rule,
        section: Section = .async
    ) -> Finding {
        let descriptor = rule(ruleID, severity: severity, section: section)
        return Finding(
            ruleID: ruleID, section: descriptor.section, severity: severity, path: path, line: line,
            title: descriptor.title, message: descriptor.message, fix: descriptor.fix, why: descriptor.why,
            snippet: snippet, origin: origin)
    }

    static func report(
        _ findings: [Finding], rules: [RuleDescriptor]? = nil, language: Language = .en,
        suppressed: SuppressionSummary = .init(), unanchored: [Finding] = [], notes: [String] = []
    ) -> ReviewReport {
        let finalized = FindingSet.finalize(findings)
        let unanchoredFinal = finalized.filter { final in unanchored.contains { $0.path == final.path && $0.line == final.line } }
        return ReviewReport(
            findings: finalized, rules: rules ?? Array(Set(findings.map(\.ruleID))).sorted().map { rule($0) },
            filesReviewed: 3, linesAdded: 40, language: language, suppressed: suppressed,
            unanchored: unanchoredFinal, notes: notes)
    }

    static func decision(
        _ id: String, rule: String = "async-blocking-sleep", scope: String? = nil, verdict: String? = "not-applicable",
        confidence: Double = 0.95, validated: Int = 3, failed: Int = 0, lastUsed: String? = "2026-02-01T00:00:00Z",
        extraTags: [String] = []
    ) -> Decision {
        var tags = ["rule:\(rule)"]
        if let scope { tags.append("scope:\(scope)") }
        if let verdict { tags.append(verdict) }
        return Decision(
            id: id, context: "ctx", decision: "dec", confidenceScore: confidence, validatedCount: validated,
            failedCount: failed, lastUsed: lastUsed, tags: tags + extraTags)
    }

    static func blocker(
        _ id: String, rule: String? = "async-blocking-sleep", symptom: String = "Requests hang.",
        solution: String = "Use asyncio.sleep.", prevention: String = "Lint for time.sleep.", occurrences: Int = 3,
        resolved: Bool = false, discovered: String? = "2026-02-01T00:00:00Z"
    ) -> Blocker {
        Blocker(
            id: id, description: "Blocking sleep", symptom: symptom, rootCause: "sync call", solution: solution,
            prevention: prevention, severity: "high", discovered: discovered, resolved: resolved,
            occurrences: occurrences, tags: rule.map { ["rule:\($0)"] } ?? [])
    }

    static func record(
        _ findings: [Finding], subject: String = "#12", number: Int? = 12, sha: String? = "abc1234def567890",
        rules: [RuleDescriptor]? = nil, taskKey: String? = nil, language: Language = .en, suppressed: [Finding] = []
    ) -> ExpertiseMemory.ReviewRecord {
        ExpertiseMemory.ReviewRecord(
            subject: subject, number: number, headSHA: sha, findings: findings,
            rules: rules ?? [rule("async-blocking-sleep"), rule("sql-injection-fstring", severity: .critical, section: .security)],
            taskKey: taskKey, language: language, suppressed: suppressed)
    }

    static func feedback(
        _ kind: ReviewerFeedback.Kind, rule: String = "async-blocking-sleep", scope: String = "app/a.py",
        author: String = "alice", number: Int? = 12, taskKey: String? = nil
    ) -> ReviewerFeedback {
        ReviewerFeedback(kind: kind, ruleID: rule, scope: scope, author: author, number: number, taskKey: taskKey)
    }
}
