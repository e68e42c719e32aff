import Foundation

/// Bounded growth: past a cap, entries that are both old and little used go first.
extension ExpertiseMemory {
    /// Half-life of an entry's usage, in days.
    static let usageHalfLifeDays = 90.0
    /// The age given to an entry with no readable date: old enough that only its usage could keep it.
    static let unknownAgeDays = 36_500.0

    /// Trims `decisions` to `maxDecisions` and `blockers` to `maxBlockers`.
    ///
    /// An entry's score is `usage × 0.5^(ageDays / 90)`: usage is `validated_count + failed_count` for a
    /// decision and `occurrences` for a blocker; age runs from `last_used` / `discovered` (missing or
    /// unreadable: very old). The lowest scores go first (the older on a tie, then the earlier in the file);
    /// an open blocker (unresolved, with open instances) goes only once no other blocker is left to drop.
    /// Survivors keep their file order; dropped blockers' open instances leave the ledger.
    public mutating func enforceCaps(_ settings: ExpertiseSettings, now: Date) {
        let decisionScores = decisions.map {
            Self.eviction(usage: $0.validatedCount + $0.failedCount, date: $0.lastUsed, now: now, protected: false)
        }
        decisions = Self.keeping(decisions, scores: decisionScores, cap: settings.maxDecisions)
        let blockerScores = blockers.map { blocker in
            let open = !(ledger.openInstances[blocker.id]?.values.allSatisfy(\.isEmpty) ?? true)
            return Self.eviction(
                usage: blocker.occurrences, date: blocker.discovered, now: now, protected: !blocker.resolved && open)
        }
        blockers = Self.keeping(blockers, scores: blockerScores, cap: settings.maxBlockers)
        let ids = Set(blockers.map(\.id))
        for id in ledger.openInstances.keys where !ids.contains(id) { ledger.openInstances[id] = nil }
    }

    /// How an entry ranks for eviction: protected entries last, then by score, then older first.
    struct EvictionRank: Comparable {
        var protected: Bool
        var score: Double
        var ageDays: Double

        static func < (lhs: EvictionRank, rhs: EvictionRank) -> Bool {
            if lhs.protected != rhs.protected { return !lhs.protected }
            if lhs.score != rhs.score { return lhs.score < rhs.score }
            return lhs.ageDays > rhs.ageDays
        }
    }

    static func eviction(usage: Int, date: String?, now: Date, protected: Bool) -> EvictionRank {
        var ageDays = unknownAgeDays
        if let date, let when = MemoryTimestamp.date(from: date) {
            ageDays = max(0, now.timeIntervalSince(when) / 86_400)
        }
        let score = Double(max(0, usage)) * pow(0.5, ageDays / usageHalfLifeDays)
        return EvictionRank(protected: protected, score: score, ageDays: ageDays)
    }

    /// `entries` without the `count - cap` lowest-ranked ones, in their original order.
    static func keeping<T>(_ entries: [T], scores: [EvictionRank], cap: Int) -> [T] {
        let excess = entries.count - max(0, cap)
        guard excess > 0 else { return entries }
        let dropped = Set(
            scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] < scores[$1] : $0 < $1 }.prefix(excess))
        return entries.indices.filter { !dropped.contains($0) }.map { entries[$0] }
    }
}
