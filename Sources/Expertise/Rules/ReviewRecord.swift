import ReviewCore

extension ExpertiseMemory {
    /// One finished review, as seed §9's Post-Tarea records it.
    ///
    /// ```swift
    /// let record = ExpertiseMemory.ReviewRecord(
    ///     subject: "#12", number: 12, headSHA: sha, findings: guided.report.findings,
    ///     rules: guided.report.rules, taskKey: jobID, language: .es, suppressed: guided.suppressed)
    /// memory.recordReview(record, settings: settings, now: Date())
    /// ```
    public struct ReviewRecord: Sendable, Hashable {
        /// What was reviewed: `#12` for a pull request, `local` for the CLI.
        public var subject: String
        /// The pull request number, for new ids (`BLK12-001`); nil writes 0.
        public var number: Int?
        /// The reviewed head commit, quoted (short) in a resolved blocker's fix of record.
        public var headSHA: String?
        /// The findings reported, after the memory's guidance.
        public var findings: [Finding]
        /// The rules evaluated (`report.rules`). A blocker resolves only when its rule is among them, so a
        /// rule that did not run cannot look fixed.
        public var rules: [RuleDescriptor]
        /// A key for the task (job id, comment id); a key already recorded is not counted again.
        public var taskKey: String?
        /// The language the blockers' texts are written in.
        public var language: Language
        /// Findings the memory suppressed: their rules are neither counted nor considered fixed.
        public var suppressed: [Finding]

        /// Creates a record.
        public init(
            subject: String, number: Int?, headSHA: String?, findings: [Finding], rules: [RuleDescriptor],
            taskKey: String?, language: Language, suppressed: [Finding] = []
        ) {
            self.subject = subject
            self.number = number
            self.headSHA = headSHA
            self.findings = findings
            self.rules = rules
            self.taskKey = taskKey
            self.language = language
            self.suppressed = suppressed
        }
    }
}
