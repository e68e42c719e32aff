/// The expertise memory of seed §9 (`ai_docs/expertise/domain-experts/backend.yaml`): what the reviewer read
/// before a review (seed §4, "Pre-Tarea") and updates after one (seed §9, "Post-Tarea").
///
/// The keys are exactly the seed's. Keys the bot does not know are kept in ``extra`` (in file order) and written
/// back, because the file is also read and edited by people. The bot's own bookkeeping (exact counts behind
/// `success_rate`, per-file tallies, open blocker instances, processed task keys) lives in ``ledger``, which is
/// written as a comment line at the top of the file so the schema stays the seed's.
public struct ExpertiseMemory: Sendable, Hashable {
    /// `version`, e.g. `"1.3"`; the minor part goes up with every update.
    public var version: String
    /// `updated_at`, ISO 8601, as written.
    public var updatedAt: String?
    /// `tasks_handled`: successful tasks (reviews and memory-changing commands).
    public var tasksHandled: Int
    /// `success_rate`: completed / (completed + failed), 0...1.
    public var successRate: Double
    /// `common_files`: the files most often flagged, most frequent first.
    public var commonFiles: [String]
    /// `context` (holds `anti_patterns`).
    public var context: MemoryContext
    /// `decisions[]`.
    public var decisions: [Decision]
    /// `blockers[]`.
    public var blockers: [Blocker]
    /// Top-level keys the bot does not know, in file order.
    public var extra: [YAMLEntry]
    /// The bot's bookkeeping, kept in the header comment.
    public var ledger: MemoryLedger

    /// A memory with every field given; the defaults are a new, empty memory.
    public init(
        version: String = "1.0", updatedAt: String? = nil, tasksHandled: Int = 0, successRate: Double = 0,
        commonFiles: [String] = [], context: MemoryContext = MemoryContext(), decisions: [Decision] = [],
        blockers: [Blocker] = [], extra: [YAMLEntry] = [], ledger: MemoryLedger = MemoryLedger()
    ) {
        self.version = version
        self.updatedAt = updatedAt
        self.tasksHandled = tasksHandled
        self.successRate = successRate
        self.commonFiles = commonFiles
        self.context = context
        self.decisions = decisions
        self.blockers = blockers
        self.extra = extra
        self.ledger = ledger
    }

    /// The relative path of the memory inside a repository (seed §4).
    public static let relativePath = "ai_docs/expertise/domain-experts/backend.yaml"
}

/// `context:`; `anti_patterns` is the seed's list of patterns to avoid.
public struct MemoryContext: Sendable, Hashable {
    /// `context.anti_patterns`.
    public var antiPatterns: [String]
    /// Other keys under `context`, in file order.
    public var extra: [YAMLEntry]

    /// Creates a context.
    public init(antiPatterns: [String] = [], extra: [YAMLEntry] = []) {
        self.antiPatterns = antiPatterns
        self.extra = extra
    }
}
