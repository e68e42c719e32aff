/// One entry of `blockers[]` (seed §9, "Formato para nuevo blocker resuelto").
///
/// The bot keeps one blocker per recurring rule violation in a repository, tagged `rule:<id>`.
public struct Blocker: Sendable, Hashable {
    /// `id`, `BLK<PR>-<SEQ>`, e.g. `BLK109-001`.
    public var id: String
    /// `description`: the problem in brief.
    public var description: String
    /// `symptom`: how it shows.
    public var symptom: String
    /// `root_cause`.
    public var rootCause: String
    /// `solution`: how it was (or is to be) solved; the fix seen in the push that resolved it, once resolved.
    public var solution: String
    /// `prevention`.
    public var prevention: String
    /// `severity`: `low`, `medium` or `high` (the seed's scale).
    public var severity: String
    /// `discovered`, ISO 8601.
    public var discovered: String?
    /// `resolved`.
    public var resolved: Bool
    /// `occurrences`: instances seen so far.
    public var occurrences: Int
    /// `tags`.
    public var tags: [String]
    /// Keys the bot does not know, in file order.
    public var extra: [YAMLEntry]

    /// Creates a blocker.
    public init(
        id: String, description: String, symptom: String, rootCause: String, solution: String, prevention: String,
        severity: String, discovered: String? = nil, resolved: Bool = false, occurrences: Int = 1,
        tags: [String] = [], extra: [YAMLEntry] = []
    ) {
        self.id = id
        self.description = description
        self.symptom = symptom
        self.rootCause = rootCause
        self.solution = solution
        self.prevention = prevention
        self.severity = severity
        self.discovered = discovered
        self.resolved = resolved
        self.occurrences = occurrences
        self.tags = tags
        self.extra = extra
    }
}
