import Foundation
import ReviewCore

/// Seed §9, "Post-Tarea": what a finished review writes to the memory.
extension ExpertiseMemory {
    /// Records a successful review: counters, `common_files`, and one blocker per rule violated.
    ///
    /// Returns false, changing nothing, when `record.taskKey` was already recorded (a retried job).
    /// See docs/expertise-rules.md for the blocker rules.
    @discardableResult
    public mutating func recordReview(_ record: ReviewRecord, settings: ExpertiseSettings, now: Date) -> Bool {
        guard !hasRecorded(taskKey: record.taskKey) else { return false }
        completeTask(taskKey: record.taskKey, settings: settings, now: now)
        // A re-review of the same push must not inflate `common_files`: only instances not already open count.
        tally(files: record.findings.filter { !isOpen($0, subject: record.subject) }.map(\.path), settings: settings)
        updateBlockers(with: record, now: now)
        enforceCaps(settings, now: now)
        return true
    }

    /// Records a failed review. Seed §9: failed tasks update nothing but `success_rate` (the ledger's failed
    /// count and task key are what it is computed from). Returns false, changing nothing, for a task key
    /// already recorded.
    @discardableResult
    public mutating func recordFailure(taskKey: String?, settings: ExpertiseSettings, now: Date) -> Bool {
        guard !hasRecorded(taskKey: taskKey) else { return false }
        ledger.failed += 1
        recomputeSuccessRate()
        remember(taskKey: taskKey, settings: settings)
        return true
    }

    /// Whether `finding` was already seen, still open, in an earlier review of `subject`.
    func isOpen(_ finding: Finding, subject: String) -> Bool {
        guard let blocker = blockers.first(where: { $0.concerns(rule: finding.ruleID) }),
              let open = ledger.openInstances[blocker.id]?[subject]
        else { return false }
        return !Set(open).isDisjoint(with: Self.locations(of: [finding]))
    }

    /// Counts each finding against its file, keeps the tally under its cap (lowest counts go first) and
    /// sets `common_files` to the most flagged files (ties by path).
    mutating func tally(files: [String], settings: ExpertiseSettings) {
        let paths = files.filter { !$0.isEmpty }
        // A review with nothing flagged leaves `common_files` as it is (people may have written it).
        guard !paths.isEmpty else { return }
        for path in paths { ledger.flaggedFiles[path, default: 0] += 1 }
        let ranked = ledger.flaggedFiles.sorted { lhs, rhs in
            lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
        }
        if ranked.count > max(0, settings.maxTrackedFiles) {
            for entry in ranked.dropFirst(max(0, settings.maxTrackedFiles)) { ledger.flaggedFiles[entry.key] = nil }
        }
        commonFiles = ranked.prefix(max(0, min(settings.commonFilesCount, settings.maxTrackedFiles))).map(\.key)
    }
}
