import Yams

/// Checks a memory file for `backend-review expertise validate`: whether it reads at all, then the seed's
/// conventions the decoder is lenient about, each at the line of the offending value.
///
/// ```swift
/// for issue in MemoryValidator.validate(text, path: "backend.yaml") { print(issue) }
/// // backend.yaml:14:9: warning: decision id `BE-3` is not in the seed's form BE<n>-<seq>, e.g. BE109-003
/// ```
public enum MemoryValidator {
    /// Every problem found, in line order; empty when the file is fine.
    public static func validate(_ text: String, path: String) -> [MemoryIssue] {
        var decoder = MemoryDecoder(path: path)
        let memory: ExpertiseMemory
        do throws(MemoryDecodingError) {
            memory = try decoder.decode(text)
        } catch {
            return [MemoryIssue(severity: .error, path: path, line: error.line, column: error.column, message: error.message)]
        }
        var check = Check(path: path, marks: decoder.marks)
        check.ledger(MemoryHeader(text))
        check.timestamp(memory.updatedAt, at: "updated_at")
        check.decisions(memory.decisions)
        check.blockers(memory.blockers)
        return check.issues.enumerated()
            .sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
            .map(\.element)
    }

    /// The warnings found so far, placed with the decoder's marks.
    private struct Check {
        let path: String
        let marks: [String: Mark]
        var issues: [MemoryIssue] = []

        mutating func warn(at keyPath: String, _ message: String) {
            let mark = marks[keyPath]
            issues.append(MemoryIssue(severity: .warning, path: path, line: mark?.line, column: mark?.column, message: message))
        }

        mutating func ledger(_ header: MemoryHeader) {
            guard let ledger = header.ledger, MemoryLedger.fromHeader(json: ledger.json) == nil else { return }
            issues.append(MemoryIssue(
                severity: .warning, path: path, line: ledger.line, column: 1,
                message: "the backend-review-ledger line is not valid JSON; the bot will rebuild its counts from "
                    + "tasks_handled and success_rate and lose its per-file and per-rule tallies"))
        }

        mutating func timestamp(_ value: String?, at keyPath: String) {
            guard let value, !ISO8601Text.isValid(value) else { return }
            warn(at: keyPath, "`\(keyPath)` is `\(value)`, not an ISO 8601 time; write e.g. \"2026-01-09T14:30:00\"")
        }

        mutating func decisions(_ decisions: [Decision]) {
            var firstLine: [String: Int] = [:]
            for (index, decision) in decisions.enumerated() {
                let at = "decisions[\(index)]"
                duplicate(decision.id, at: "\(at).id", kind: "decision", seen: &firstLine)
                if !Self.hasSeedForm(decision.id, prefix: "BE") {
                    warn(at: "\(at).id", "decision id `\(decision.id)` is not in the seed's form BE<n>-<seq>, e.g. BE109-003")
                }
                if decision.confidenceScore < 0.7 {
                    warn(at: "\(at).confidence_score", "decision \(decision.id) has confidence_score "
                        + "\(decision.confidenceScore); the seed never keeps decisions below 0.7")
                }
                timestamp(decision.lastUsed, at: "\(at).last_used")
            }
        }

        mutating func blockers(_ blockers: [Blocker]) {
            var firstLine: [String: Int] = [:]
            for (index, blocker) in blockers.enumerated() {
                let at = "blockers[\(index)]"
                duplicate(blocker.id, at: "\(at).id", kind: "blocker", seen: &firstLine)
                if !Self.hasSeedForm(blocker.id, prefix: "BLK") {
                    warn(at: "\(at).id", "blocker id `\(blocker.id)` is not in the seed's form BLK<n>-<seq>, e.g. BLK109-001")
                }
                if !["low", "medium", "high"].contains(blocker.severity) {
                    warn(at: "\(at).severity", "blocker \(blocker.id) has severity `\(blocker.severity)`; the seed's are low, medium and high")
                }
                timestamp(blocker.discovered, at: "\(at).discovered")
            }
        }

        private mutating func duplicate(_ id: String, at keyPath: String, kind: String, seen: inout [String: Int]) {
            let line = marks[keyPath]?.line ?? 0
            if let first = seen[id] {
                warn(at: keyPath, "\(kind) id \(id) is also used on line \(first); give each \(kind) its own id")
            } else {
                seen[id] = line
            }
        }

        /// `BE109-003` / `BLK109-001`: the prefix, digits, a dash, digits.
        static func hasSeedForm(_ id: String, prefix: String) -> Bool {
            guard id.hasPrefix(prefix) else { return false }
            let parts = id.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
        }
    }
}
