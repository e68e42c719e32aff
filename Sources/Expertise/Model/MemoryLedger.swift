/// The bot's bookkeeping for one memory: the exact numbers the seed's fields are computed from.
///
/// Written as one JSON comment line at the top of the YAML file (`# backend-review-ledger: {...}`), so the
/// keys stay the seed's and an update stays one atomic file write. A file without the line (hand-written, or
/// the line deleted) gets a ledger rebuilt from its visible fields.
public struct MemoryLedger: Sendable, Hashable, Codable {
    /// Successful tasks recorded (what `tasks_handled` counts).
    public var completed: Int
    /// Failed reviews recorded.
    public var failed: Int
    /// Findings per file, for `common_files`.
    public var flaggedFiles: [String: Int]
    /// Open instances per blocker id: subject (`#12`, or `local` for the CLI) → locations (`path:line`).
    public var openInstances: [String: [String: [String]]]
    /// Reviewer feedback per rule, for demotion.
    public var ruleFeedback: [String: RuleFeedback]
    /// Keys of the last tasks recorded (job ids, comment ids), oldest first, so a retried job is not counted twice.
    public var recentTasks: [String]

    /// Creates a ledger.
    public init(
        completed: Int = 0, failed: Int = 0, flaggedFiles: [String: Int] = [:],
        openInstances: [String: [String: [String]]] = [:], ruleFeedback: [String: RuleFeedback] = [:],
        recentTasks: [String] = []
    ) {
        self.completed = completed
        self.failed = failed
        self.flaggedFiles = flaggedFiles
        self.openInstances = openInstances
        self.ruleFeedback = ruleFeedback
        self.recentTasks = recentTasks
    }

    /// Dismissals and acceptances of one rule's findings in the repository.
    public struct RuleFeedback: Sendable, Hashable, Codable {
        /// `dismiss` commands (false positives).
        public var dismissed: Int
        /// `accept` commands.
        public var accepted: Int

        /// Creates a tally.
        public init(dismissed: Int = 0, accepted: Int = 0) {
            self.dismissed = dismissed
            self.accepted = accepted
        }
    }
}
