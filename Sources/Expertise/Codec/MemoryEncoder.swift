import Yams

/// Builds the Yams node tree of a memory: keys in the seed's order, then the keys the bot does not know.
enum MemoryEncoder {
    static let topKeys: Set<String> = [
        "version", "updated_at", "tasks_handled", "success_rate", "common_files", "context", "decisions", "blockers",
    ]
    static let contextKeys: Set<String> = ["anti_patterns"]
    static let decisionKeys: Set<String> = [
        "id", "context", "decision", "confidence_score", "validated_count", "failed_count", "last_used", "tags",
    ]
    static let blockerKeys: Set<String> = [
        "id", "description", "symptom", "root_cause", "solution", "prevention", "severity", "discovered", "resolved",
        "occurrences", "tags",
    ]

    static func node(_ memory: ExpertiseMemory) -> Node {
        var pairs: [(Node, Node)] = [
            (key("version"), text(memory.version)),
        ]
        if let updatedAt = memory.updatedAt { pairs.append((key("updated_at"), text(updatedAt))) }
        pairs += [
            (key("tasks_handled"), plain(String(memory.tasksHandled))),
            (key("success_rate"), plain(String((memory.successRate * 10_000).rounded() / 10_000))),
            (key("common_files"), Node(memory.commonFiles.map(text))),
            (key("context"), context(memory.context)),
            (key("decisions"), Node(memory.decisions.map(decision))),
            (key("blockers"), Node(memory.blockers.map(blocker))),
        ]
        return Node(pairs + extra(memory.extra, known: topKeys))
    }

    private static func context(_ context: MemoryContext) -> Node {
        let pairs = [(key("anti_patterns"), Node(context.antiPatterns.map(text)))]
        return Node(pairs + extra(context.extra, known: contextKeys))
    }

    private static func decision(_ decision: Decision) -> Node {
        var pairs: [(Node, Node)] = [
            (key("id"), text(decision.id)),
            (key("context"), text(decision.context)),
            (key("decision"), text(decision.decision)),
            (key("confidence_score"), plain(String(decision.confidenceScore))),
            (key("validated_count"), plain(String(decision.validatedCount))),
            (key("failed_count"), plain(String(decision.failedCount))),
        ]
        if let lastUsed = decision.lastUsed { pairs.append((key("last_used"), text(lastUsed))) }
        pairs.append((key("tags"), tags(decision.tags)))
        return Node(pairs + extra(decision.extra, known: decisionKeys))
    }

    private static func blocker(_ blocker: Blocker) -> Node {
        var pairs: [(Node, Node)] = [
            (key("id"), text(blocker.id)),
            (key("description"), text(blocker.description)),
            (key("symptom"), text(blocker.symptom)),
            (key("root_cause"), text(blocker.rootCause)),
            (key("solution"), text(blocker.solution)),
            (key("prevention"), text(blocker.prevention)),
            (key("severity"), text(blocker.severity)),
        ]
        if let discovered = blocker.discovered { pairs.append((key("discovered"), text(discovered))) }
        pairs += [
            (key("resolved"), plain(blocker.resolved ? "true" : "false")),
            (key("occurrences"), plain(String(blocker.occurrences))),
            (key("tags"), tags(blocker.tags)),
        ]
        return Node(pairs + extra(blocker.extra, known: blockerKeys))
    }

    /// Unknown keys in order; one that repeats a known key (or an earlier one) would make the file unreadable, so
    /// it is left out.
    private static func extra(_ entries: [YAMLEntry], known: Set<String>) -> [(Node, Node)] {
        var seen = known
        var pairs: [(Node, Node)] = []
        for entry in entries where seen.insert(entry.key).inserted {
            pairs.append((key(entry.key), value(entry.value)))
        }
        return pairs
    }

    /// A kept value, written back in the style it was read in.
    static func value(_ value: YAMLValue) -> Node {
        switch value {
        case .scalar(let string, plain: true): plain(string)
        case .scalar(let string, plain: false): text(string)
        case .null: plain("null")
        case .sequence(let items): Node(items.map(Self.value))
        case .mapping(let entries): Node(extra(entries, known: []))
        }
    }

    /// Tags in flow style, as the seed writes them: `tags: ["api", "pagination"]`.
    private static func tags(_ tags: [String]) -> Node {
        Node(tags.map(text), .implicit, .flow)
    }

    private static func key(_ name: String) -> Node {
        Node(name, .implicit, .plain)
    }

    /// A plain scalar (numbers, booleans); the emitter quotes it anyway if it cannot be written plain.
    private static func plain(_ string: String) -> Node {
        Node(string, .implicit, .plain)
    }

    /// Text the reader must take as a string: double-quoted as in the seed, or a literal block when it spans lines
    /// (and holds none of the line breaks a literal block would not keep).
    static func text(_ string: String) -> Node {
        let literal = string.contains("\n")
            && !string.unicodeScalars.contains { ["\r", "\u{85}", "\u{2028}", "\u{2029}"].contains($0) }
        return Node(string, .implicit, literal ? .literal : .doubleQuoted)
    }
}
