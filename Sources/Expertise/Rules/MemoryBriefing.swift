import ReviewCore

/// What the model review should know from the memory (seed §4): the anti-patterns to avoid, the decisions
/// confident enough to apply, and the known blockers.
///
/// ```swift
/// let text = guidance.briefing.render(language: .en)   // "" when the memory has nothing to say
/// ```
public struct MemoryBriefing: Sendable, Hashable {
    /// `context.anti_patterns` of both memories, without repeats.
    public var antiPatterns: [String]
    /// Decisions with `confidence_score` ≥ `applyConfidence`.
    public var decisions: [Decision]
    /// Known blockers, resolved or not.
    public var blockers: [Blocker]

    /// Entries shown per list, characters per entry and in all: a prompt has a budget.
    static let entriesPerList = 15
    static let entryLimit = 400
    static let totalLimit = 6000

    /// Creates a briefing.
    public init(antiPatterns: [String] = [], decisions: [Decision] = [], blockers: [Blocker] = []) {
        self.antiPatterns = antiPatterns
        self.decisions = decisions
        self.blockers = blockers
    }

    /// Whether there is nothing to say.
    public var isEmpty: Bool { antiPatterns.isEmpty && decisions.isEmpty && blockers.isEmpty }

    /// Compact plain text for a prompt, at most 6,000 characters: each list gets a third of that and at most
    /// 15 entries (open blockers and the most frequent first), one line of at most 400 characters each.
    /// Empty when there is nothing to say.
    public func render(language: Language) -> String {
        guard !isEmpty else { return "" }
        let es = language == .es
        var lines = [es ? "Memoria del repositorio (backend.yaml):" : "Repository memory (backend.yaml):"]
        if !antiPatterns.isEmpty {
            lines.append(es ? "Anti-patrones a evitar:" : "Anti-patterns to avoid:")
            lines += list(antiPatterns) { $0 }
        }
        if !decisions.isEmpty {
            lines.append(es ? "Decisiones validadas (aplicalas):" : "Validated decisions (apply them):")
            lines += list(decisions) { decision in
                let tags = decision.tags.isEmpty ? "" : " [\(decision.tags.joined(separator: ", "))]"
                let confidence = MemoryText.round(decision.confidenceScore, places: 2)
                return "\(decision.id)\(tags) (\(confidence)): \(decision.decision)"
            }
        }
        if !blockers.isEmpty {
            lines.append(es ? "Bloqueos conocidos (no los repitas):" : "Known blockers (do not repeat them):")
            let ranked = blockers.enumerated().sorted { lhs, rhs in
                if lhs.element.resolved != rhs.element.resolved { return !lhs.element.resolved }
                if lhs.element.occurrences != rhs.element.occurrences {
                    return lhs.element.occurrences > rhs.element.occurrences
                }
                return lhs.offset < rhs.offset
            }.map(\.element)
            lines += list(ranked) { blocker in
                let state = blocker.resolved ? (es ? "resuelto" : "resolved") : (es ? "abierto" : "open")
                return "\(blocker.id) (\(state), ×\(blocker.occurrences)): \(blocker.description). "
                    + (es ? "Síntoma: " : "Symptom: ") + "\(blocker.symptom) "
                    + (es ? "Solución: " : "Solution: ") + "\(blocker.solution) "
                    + (es ? "Prevención: " : "Prevention: ") + blocker.prevention
            }
        }
        return MemoryText.clip(lines.joined(separator: "\n"), limit: Self.totalLimit)
    }

    /// One line per item while the list's share of the budget lasts, then how many were left out.
    private func list<T>(_ items: [T], _ line: (T) -> String) -> [String] {
        let budget = Self.totalLimit / 3 - 100
        var lines: [String] = []
        var used = 0
        for item in items.prefix(Self.entriesPerList) {
            let text = "- " + MemoryText.oneLine(line(item), limit: Self.entryLimit)
            guard used + text.count + 1 <= budget else { break }
            used += text.count + 1
            lines.append(text)
        }
        if items.count > lines.count { lines.append("- … (+\(items.count - lines.count))") }
        return lines
    }
}
