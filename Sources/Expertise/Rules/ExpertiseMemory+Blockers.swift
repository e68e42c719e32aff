import Foundation
import ReviewCore

/// One blocker per rule violated in the repository (seed §9, "Formato para nuevo blocker resuelto"), its
/// occurrences counted, resolved when a later push removes every instance.
extension ExpertiseMemory {
    /// Creates, counts, reopens and resolves the blockers of the rules in `record`.
    mutating func updateBlockers(with record: ReviewRecord, now: Date) {
        // Model findings are guesses that may not come back on the next push, so only rules make blockers.
        let flagged = Self.grouped(record.findings.filter { $0.origin == .rule })
        for (ruleID, findings) in flagged {
            let descriptor = record.rules.first { $0.id == ruleID } ?? RuleDescriptor(describing: findings[0])
            let locations = Self.locations(of: findings)
            if let index = blockers.firstIndex(where: { $0.concerns(rule: ruleID) }) {
                let id = blockers[index].id
                let open = Set(ledger.openInstances[id]?[record.subject] ?? [])
                blockers[index].occurrences += locations.filter { !open.contains($0) }.count
                blockers[index].resolved = false
                ledger.openInstances[id, default: [:]][record.subject] = locations
            } else {
                let blocker = newBlocker(descriptor, findings: findings, locations: locations, record: record, now: now)
                blockers.append(blocker)
                ledger.openInstances[blocker.id, default: [:]][record.subject] = locations
            }
        }
        resolveFixed(record, flagged: Set(flagged.map { $0.ruleID.lowercased() }))
    }

    /// Blockers whose rule ran without a finding in this subject lose the subject's open instances; with
    /// none left anywhere they are resolved, and this push's fix is their solution of record.
    private mutating func resolveFixed(_ record: ReviewRecord, flagged: Set<String>) {
        let suppressed = Set(record.suppressed.map { $0.ruleID.lowercased() })
        for index in blockers.indices {
            let id = blockers[index].id
            guard let ruleID = blockers[index].ruleID, !flagged.contains(ruleID.lowercased()),
                !suppressed.contains(ruleID.lowercased()),
                let descriptor = record.rules.first(where: { $0.id.lowercased() == ruleID.lowercased() }),
                let fixed = ledger.openInstances[id]?[record.subject]
            else { continue }
            ledger.openInstances[id]?[record.subject] = nil
            guard ledger.openInstances[id]?.isEmpty ?? true else { continue }
            ledger.openInstances[id] = nil
            if !blockers[index].resolved {
                blockers[index].resolved = true
                blockers[index].solution = Self.fixOfRecord(descriptor, locations: fixed, record: record)
            }
        }
    }

    private func newBlocker(
        _ rule: RuleDescriptor, findings: [Finding], locations: [String], record: ReviewRecord, now: Date
    ) -> Blocker {
        let language = record.language
        let first = findings.min { ($0.path, $0.line) < ($1.path, $1.line) } ?? findings[0]
        let at = MemoryText.code(Self.location(of: first), limit: 300)
        let snippet = MemoryText.oneLine(first.snippet, limit: 200)
        var symptom = Self.text(rule.message, language) + (language == .es ? " Primera vez en \(at)" : " First seen at \(at)")
        symptom += snippet.isEmpty ? "." : ": " + MemoryText.code(snippet)
        let id = MemoryText.code(rule.id, limit: 100)
        let prevention = language == .es
            ? "La regla \(id) (\(rule.section)) del checklist lo marca en la revisión; aplicá el fix antes de "
                + "pushear y dejá un test que cubra el caso."
            : "Checklist rule \(id) (\(rule.section)) flags this in review; apply the fix before pushing and keep "
                + "a test that covers the case."
        return Blocker(
            id: nextID(prefix: "BLK", number: record.number, existing: blockers.map(\.id)),
            description: MemoryText.oneLine(Self.text(rule.title, language), limit: 300),
            symptom: symptom, rootCause: Self.text(rule.why, language), solution: Self.text(rule.fix, language),
            prevention: prevention, severity: Self.blockerSeverity(rule.severity),
            discovered: MemoryTimestamp.string(from: now), resolved: false, occurrences: locations.count,
            tags: [MemoryTag.rule(rule.id), rule.section.rawValue, MemoryTag.sourceReview])
    }

    /// "Fixed in #12 at abc1234: app/a.py:42 no longer violates `rule`. <the rule's fix>"
    static func fixOfRecord(_ rule: RuleDescriptor, locations: [String], record: ReviewRecord) -> String {
        let es = record.language == .es
        let sha = String((record.headSHA ?? "").unicodeScalars.filter { $0.properties.isASCIIHexDigit }.prefix(7))
        var shown = locations.prefix(5).joined(separator: ", ")
        if locations.count > 5 { shown += es ? " y \(locations.count - 5) más" : " and \(locations.count - 5) more" }
        let rule_ = MemoryText.code(rule.id, limit: 100)
        let fix = MemoryText.oneLine(text(rule.fix, record.language), limit: 500)
        let subject = MemoryText.oneLine(record.subject, limit: 40)
        if es {
            let place = subject == "local" ? "Corregido localmente" : "Corregido en \(subject)"
            let commit = sha.isEmpty ? "" : " (commit \(sha))"
            let verb = locations.count == 1 ? "ya no incumple" : "ya no incumplen"
            return "\(place)\(commit): \(shown) \(verb) \(rule_). \(fix)"
        }
        let place = subject == "local" ? "Fixed locally" : "Fixed in \(subject)"
        let commit = sha.isEmpty ? "" : " at \(sha)"
        let verb = locations.count == 1 ? "no longer violates" : "no longer violate"
        return "\(place)\(commit): \(shown) \(verb) \(rule_). \(fix)"
    }

    /// The seed's blocker scale: critical and high → high.
    static func blockerSeverity(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: "high"
        case .medium: "medium"
        case .low: "low"
        }
    }

    /// A text in `language`, English when that one is empty.
    static func text(_ text: LocalizedText, _ language: Language) -> String {
        text[language].isEmpty ? text.en : text[language]
    }

    /// Findings per rule, rules in order of first appearance.
    static func grouped(_ findings: [Finding]) -> [(ruleID: String, findings: [Finding])] {
        var order: [String] = []
        var groups: [String: [Finding]] = [:]
        for finding in findings {
            if groups[finding.ruleID] == nil { order.append(finding.ruleID) }
            groups[finding.ruleID, default: []].append(finding)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    /// Distinct `path:line` locations, sorted.
    static func locations(of findings: [Finding]) -> [String] {
        Array(Set(findings.map(location(of:)))).sorted()
    }

    static func location(of finding: Finding) -> String {
        finding.line >= 1 ? "\(finding.path):\(finding.line)" : finding.path
    }

    /// `PREFIX<number>-<seq>`, seq three digits, one past the highest already used for that number.
    func nextID(prefix: String, number: Int?, existing: [String]) -> String {
        let stem = "\(prefix)\(number ?? 0)-"
        let used = existing.compactMap { id -> Int? in
            guard id.hasPrefix(stem) else { return nil }
            return Int(id.dropFirst(stem.count))
        }
        let next = (used.max() ?? 0) + 1
        let digits = String(next)
        return stem + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
