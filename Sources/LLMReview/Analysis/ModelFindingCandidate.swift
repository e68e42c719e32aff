/// One finding as the model wrote it, before verification: nothing in it is trusted yet.
public struct ModelFindingCandidate: Sendable, Hashable {
    /// The path the model named.
    public var path: String
    /// First flagged line, as the model numbered it.
    public var line: Int
    /// Last flagged line, when given.
    public var endLine: Int?
    /// The severity as written (checked against ``ReviewCore/Severity``).
    public var severity: String
    /// The section as written (checked against the built-in sections).
    public var section: String
    /// The one-line title ("## [Título]").
    public var title: String
    /// What is wrong ("### Análisis").
    public var analysis: String
    /// The fix ("### Solución").
    public var solution: String
    /// Why the fix is right ("### Por Qué Esto Es Correcto").
    public var why: String
    /// Follow-ups ("### Consideraciones").
    public var considerations: [String]

    /// Creates a candidate.
    public init(
        path: String, line: Int, endLine: Int? = nil, severity: String, section: String, title: String,
        analysis: String, solution: String = "", why: String = "", considerations: [String] = []
    ) {
        self.path = path
        self.line = line
        self.endLine = endLine
        self.severity = severity
        self.section = section
        self.title = title
        self.analysis = analysis
        self.solution = solution
        self.why = why
        self.considerations = considerations
    }
}
