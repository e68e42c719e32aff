import Foundation

/// The counters every successful task updates (seed §9: `updated_at`, `tasks_handled`, `success_rate`,
/// minor version) and the task-key ledger that keeps a retried job from counting twice.
extension ExpertiseMemory {
    /// Whether `taskKey` was already recorded.
    func hasRecorded(taskKey: String?) -> Bool {
        guard let taskKey else { return false }
        return ledger.recentTasks.contains(taskKey)
    }

    /// A successful task: updated_at, tasks_handled, the ledger's completed count, success_rate, version.
    mutating func completeTask(taskKey: String?, settings: ExpertiseSettings, now: Date) {
        updatedAt = MemoryTimestamp.string(from: now)
        tasksHandled += 1
        ledger.completed += 1
        recomputeSuccessRate()
        version = Self.bumpedMinor(version)
        remember(taskKey: taskKey, settings: settings)
    }

    /// `completed / (completed + failed)`, to four decimals; unchanged when there is nothing to divide.
    mutating func recomputeSuccessRate() {
        let total = ledger.completed + ledger.failed
        guard total > 0 else { return }
        successRate = MemoryText.round(Double(ledger.completed) / Double(total), places: 4)
    }

    /// Appends `taskKey` to the recent tasks, dropping the oldest beyond the cap.
    mutating func remember(taskKey: String?, settings: ExpertiseSettings) {
        guard let taskKey else { return }
        ledger.recentTasks.append(taskKey)
        let overflow = ledger.recentTasks.count - max(0, settings.maxRecentTasks)
        if overflow > 0 { ledger.recentTasks.removeFirst(overflow) }
    }

    /// `"1.3"` → `"1.4"`, `"2"` → `"2.1"`, `"1.9.2"` → `"1.10"`; anything unreadable → `"1.1"`.
    static func bumpedMinor(_ version: String) -> String {
        let parts = version.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
        guard let first = parts.first, let major = Int(first), major >= 0 else { return "1.1" }
        guard parts.count > 1 else { return "\(major).1" }
        guard let minor = Int(parts[1]), minor >= 0, minor < Int.max else { return "1.1" }
        return "\(major).\(minor + 1)"
    }
}
