import Expertise
import Foundation

/// The text `expertise show` prints.
enum ExpertiseOverview {
    static func render(_ memory: ExpertiseMemory, path: String, repo: String?) -> String {
        var lines: [String] = []
        lines.append("Expertise memory \(repo ?? "") \(path)".replacingOccurrences(of: "  ", with: " "))
        let rate = String(format: "%.2f", memory.successRate)
        lines.append(
            "version \(memory.version) · updated \(memory.updatedAt ?? "never") · tasks handled \(memory.tasksHandled) · "
                + "success rate \(rate) (\(memory.ledger.completed) completed, \(memory.ledger.failed) failed)")
        if !memory.commonFiles.isEmpty {
            let counted = memory.commonFiles.map { file in
                memory.ledger.flaggedFiles[file].map { "\(file) (\($0))" } ?? file
            }
            lines.append("common files: " + counted.joined(separator: ", "))
        }
        if !memory.context.antiPatterns.isEmpty {
            lines.append("anti-patterns:")
            lines += memory.context.antiPatterns.map { "  - \($0)" }
        }
        // The same reading of the tags as the review's guidance, so `show` lists exactly the demotions applied.
        let demoted = memory.decisions.filter(\.isActiveDemotion)
        lines.append("")
        lines.append("Decisions (\(memory.decisions.count)):")
        for decision in memory.decisions {
            let confidence = String(format: "%.2f", decision.confidenceScore)
            let scope = "rule:\(decision.ruleID ?? "?") scope:\(decision.scope)"
            lines.append(
                "  \(decision.id)  \(confidence)  +\(decision.validatedCount)/-\(decision.failedCount)  \(scope)  \(decision.decision)")
        }
        lines.append("")
        lines.append("Demotions (\(demoted.count)):")
        for decision in demoted {
            let rule = decision.ruleID ?? "?"
            let target = repo.map { "--repo \($0)" } ?? "--file \(path)"
            lines.append("  \(rule) (\(decision.id)); undo: backend-review expertise undemote \(target) \(rule)")
        }
        lines.append("")
        lines.append("Blockers (\(memory.blockers.count)):")
        for blocker in memory.blockers {
            let state = blocker.resolved ? "resolved" : "open"
            lines.append("  \(blocker.id)  \(blocker.severity)  \(state)  ×\(blocker.occurrences)  \(blocker.description)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `expertise export --format json`: the seed's keys, plus unknown keys as they were.
enum ExpertiseJSON {
    static func render(_ memory: ExpertiseMemory) throws -> String {
        var object: [String: Any] = [
            "version": memory.version, "tasks_handled": memory.tasksHandled, "success_rate": memory.successRate,
            "common_files": memory.commonFiles,
            "context": merge(["anti_patterns": memory.context.antiPatterns], memory.context.extra),
            "decisions": memory.decisions.map(decision), "blockers": memory.blockers.map(blocker),
        ]
        object["updated_at"] = memory.updatedAt ?? NSNull()
        object = merge(object, memory.extra)
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func decision(_ decision: Decision) -> [String: Any] {
        merge([
            "id": decision.id, "context": decision.context, "decision": decision.decision,
            "confidence_score": decision.confidenceScore, "validated_count": decision.validatedCount,
            "failed_count": decision.failedCount, "last_used": decision.lastUsed ?? NSNull(), "tags": decision.tags,
        ], decision.extra)
    }

    private static func blocker(_ blocker: Blocker) -> [String: Any] {
        merge([
            "id": blocker.id, "description": blocker.description, "symptom": blocker.symptom,
            "root_cause": blocker.rootCause, "solution": blocker.solution, "prevention": blocker.prevention,
            "severity": blocker.severity, "discovered": blocker.discovered ?? NSNull(), "resolved": blocker.resolved,
            "occurrences": blocker.occurrences, "tags": blocker.tags,
        ], blocker.extra)
    }

    private static func merge(_ known: [String: Any], _ extra: [YAMLEntry]) -> [String: Any] {
        var object = known
        for entry in extra where object[entry.key] == nil { object[entry.key] = value(entry.value) }
        return object
    }

    private static func value(_ value: YAMLValue) -> Any {
        switch value {
        case .scalar(let text, _): text
        case .sequence(let items): items.map(Self.value)
        case .mapping(let entries): merge([:], entries)
        case .null: NSNull()
        }
    }
}
