import Yams

extension MemoryDecoder {
    /// One `decisions[]` entry; `id` and `confidence_score` are required, the rest default as in ``Decision``.
    mutating func decodeDecision(_ node: Node, at path: String) throws(MemoryDecodingError) -> Decision {
        let map = try mapping(node, at: path, expected: "each decision must be a mapping (`- id: \"BE109-003\"` ...)")
        var decision = Decision(id: "", context: "", decision: "", confidenceScore: 0)
        var confidence: Double?
        for (key, value, keyPath) in try entries(map, at: path) {
            switch key {
            case "id": decision.id = try string(value, at: keyPath) ?? ""
            case "context": decision.context = try string(value, at: keyPath) ?? ""
            case "decision": decision.decision = try string(value, at: keyPath) ?? ""
            case "confidence_score": confidence = try fraction(value, at: keyPath)
            case "validated_count": decision.validatedCount = try count(value, at: keyPath) ?? 1
            case "failed_count": decision.failedCount = try count(value, at: keyPath) ?? 0
            case "last_used": decision.lastUsed = try string(value, at: keyPath)
            case "tags": decision.tags = try strings(value, at: keyPath)
            default: decision.extra.append(YAMLEntry(key: key, value: try yamlValue(value, at: keyPath)))
            }
        }
        guard !decision.id.isEmpty else {
            throw error(at: node, "`\(path)` has no `id`; add one in the seed's form, e.g. `id: \"BE109-003\"`")
        }
        guard let confidence else {
            throw error(at: node, "decision \(decision.id) (`\(path)`) has no `confidence_score`; add one between 0 and 1")
        }
        decision.confidenceScore = confidence
        return decision
    }

    /// One `blockers[]` entry; `id` is required, `severity` defaults to `medium`, text fields to empty.
    mutating func decodeBlocker(_ node: Node, at path: String) throws(MemoryDecodingError) -> Blocker {
        let map = try mapping(node, at: path, expected: "each blocker must be a mapping (`- id: \"BLK109-001\"` ...)")
        var blocker = Blocker(
            id: "", description: "", symptom: "", rootCause: "", solution: "", prevention: "", severity: "medium")
        for (key, value, keyPath) in try entries(map, at: path) {
            switch key {
            case "id": blocker.id = try string(value, at: keyPath) ?? ""
            case "description": blocker.description = try string(value, at: keyPath) ?? ""
            case "symptom": blocker.symptom = try string(value, at: keyPath) ?? ""
            case "root_cause": blocker.rootCause = try string(value, at: keyPath) ?? ""
            case "solution": blocker.solution = try string(value, at: keyPath) ?? ""
            case "prevention": blocker.prevention = try string(value, at: keyPath) ?? ""
            case "severity": blocker.severity = try string(value, at: keyPath) ?? "medium"
            case "discovered": blocker.discovered = try string(value, at: keyPath)
            case "resolved": blocker.resolved = try bool(value, at: keyPath) ?? false
            case "occurrences": blocker.occurrences = try count(value, at: keyPath) ?? 1
            case "tags": blocker.tags = try strings(value, at: keyPath)
            default: blocker.extra.append(YAMLEntry(key: key, value: try yamlValue(value, at: keyPath)))
            }
        }
        guard !blocker.id.isEmpty else {
            throw error(at: node, "`\(path)` has no `id`; add one in the seed's form, e.g. `id: \"BLK109-001\"`")
        }
        return blocker
    }
}
