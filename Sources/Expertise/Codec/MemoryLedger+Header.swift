import Foundation

extension MemoryLedger {
    /// The ledger of a `# backend-review-ledger:` line, or nil when its JSON cannot be read.
    ///
    /// Missing keys read as empty, so a ledger written by an older or newer version of the bot still counts.
    static func fromHeader(json: String) -> MemoryLedger? {
        guard let fields = try? JSONDecoder().decode(Fields.self, from: Data(json.utf8)) else { return nil }
        return MemoryLedger(
            completed: fields.completed ?? 0, failed: fields.failed ?? 0, flaggedFiles: fields.flaggedFiles ?? [:],
            openInstances: fields.openInstances ?? [:], ruleFeedback: fields.ruleFeedback ?? [:],
            recentTasks: fields.recentTasks ?? [])
    }

    /// The ledger of a file without a readable ledger line, rebuilt from its visible counters:
    /// `tasks_handled` completed, and as many failures as make `success_rate` come out.
    static func rebuilt(tasksHandled: Int, successRate: Double) -> MemoryLedger {
        let completed = max(tasksHandled, 0)
        var failed = 0
        if successRate > 0, successRate <= 1 {
            failed = Int((Double(completed) * (1 - successRate) / successRate).rounded())
        }
        return MemoryLedger(completed: completed, failed: failed)
    }

    /// The ledger's keys, each optional.
    private struct Fields: Decodable {
        var completed: Int?
        var failed: Int?
        var flaggedFiles: [String: Int]?
        var openInstances: [String: [String: [String]]]?
        var ruleFeedback: [String: RuleFeedback]?
        var recentTasks: [String]?
    }
}
