/// The admin's knobs for the memory (configuration keys `expertise.*`, docs/configuration.md).
public struct ExpertiseSettings: Sendable, Hashable {
    /// Decisions applied before a review (seed §4: "confidence_score >= 0.9 → alta prioridad").
    public var applyConfidence: Double
    /// A new decision is written only at this confidence or above (seed §9: "si confidence >= 0.8").
    public var writeConfidence: Double
    /// A decision that falls below this is removed (seed §9: "Decisiones con confidence < 0.7" are not kept).
    public var keepConfidence: Double
    /// Dismissals of one rule in a repository after which it drops one severity level there (0: never).
    public var demoteAfterDismissals: Int
    /// Length of `common_files`.
    public var commonFilesCount: Int
    /// Caps on `decisions[]` and `blockers[]`; entries both old and little used go first.
    public var maxDecisions: Int
    /// See ``maxDecisions``.
    public var maxBlockers: Int
    /// Caps on the ledger's per-file tallies and task keys.
    public var maxTrackedFiles: Int
    /// See ``maxTrackedFiles``.
    public var maxRecentTasks: Int

    /// The defaults documented in docs/configuration.md.
    public init(
        applyConfidence: Double = 0.9, writeConfidence: Double = 0.8, keepConfidence: Double = 0.7,
        demoteAfterDismissals: Int = 3, commonFilesCount: Int = 10, maxDecisions: Int = 200, maxBlockers: Int = 200,
        maxTrackedFiles: Int = 500, maxRecentTasks: Int = 500
    ) {
        self.applyConfidence = applyConfidence
        self.writeConfidence = writeConfidence
        self.keepConfidence = keepConfidence
        self.demoteAfterDismissals = demoteAfterDismissals
        self.commonFilesCount = commonFilesCount
        self.maxDecisions = maxDecisions
        self.maxBlockers = maxBlockers
        self.maxTrackedFiles = maxTrackedFiles
        self.maxRecentTasks = maxRecentTasks
    }
}
