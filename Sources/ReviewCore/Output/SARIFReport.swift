/// `review --format sarif`: SARIF 2.1.0 for GitHub code scanning and any other SARIF viewer.
///
/// One run; the driver lists every rule of the report plus a descriptor for each finding whose rule the
/// report lacks (model findings), so every result has a `ruleIndex`. The mapping is documented in
/// `docs/output-formats.md`.
///
/// ```swift
/// let sarif = SARIFReport.render(report, language: .en, tool: .init(version: "0.1.0"))
/// ```
public enum SARIFReport {
    /// The `$schema` written at the top of every log.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The key under `partialFingerprints` that holds a finding's fingerprint.
    public static let fingerprintKey = "backendReview/v1"

    /// Who produced the log: SARIF's `tool.driver`.
    public struct Tool: Sendable, Hashable {
        /// The driver name shown by SARIF viewers.
        public var name: String
        /// The tool version, e.g. `ReviewEngineVersion.current`.
        public var version: String
        /// The tool's home page; omitted from the log when nil.
        public var informationURI: String?

        /// A driver description; `name` defaults to the executable's name.
        public init(name: String = "backend-review", version: String, informationURI: String? = nil) {
            self.name = name
            self.version = version
            self.informationURI = informationURI
        }

        /// The default driver. ReviewCore cannot see the engine's version, so callers that know it
        /// (`ReviewEngineVersion.current`) should pass their own `Tool`.
        public static let backendReview = Tool(version: "0.1.0")
    }

    /// The report as a SARIF 2.1.0 log (pretty-printed, trailing newline).
    public static func render(_ report: ReviewReport, language: Language, tool: Tool = .backendReview) -> String {
        document(report, language: language, tool: tool).serialised() + "\n"
    }

    /// SARIF's `level` for a severity: critical and high fail a check, medium warns, low notes.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low: "note"
        }
    }

    /// GitHub's `security-severity` (a CVSS-like score) for security and RLS rules; nil elsewhere.
    public static func securitySeverity(_ rule: RuleDescriptor) -> String? {
        guard rule.section == .security || rule.section == .rls else { return nil }
        switch rule.severity {
        case .critical: return "9.5"
        case .high: return "8.0"
        case .medium: return "5.5"
        case .low: return "3.0"
        }
    }

    /// The rules the driver lists: the report's, then one per unknown rule id, in first-seen order.
    static func descriptors(_ report: ReviewReport) -> [RuleDescriptor] {
        var rules: [RuleDescriptor] = []
        var seen = Set<String>()
        for rule in report.rules where seen.insert(rule.id).inserted { rules.append(rule) }
        for finding in report.findings where seen.insert(finding.ruleID).inserted {
            rules.append(RuleDescriptor(describing: finding))
        }
        return rules
    }

    static func document(_ report: ReviewReport, language: Language, tool: Tool) -> JSONValue {
        let rules = descriptors(report)
        var indexes: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { indexes[rule.id] = index }
        var driver: [(String, JSONValue)] = [("name", .string(tool.name)), ("version", .string(tool.version))]
        if let uri = tool.informationURI { driver.append(("informationUri", .string(uri))) }
        driver.append(("rules", .array(rules.map { descriptor($0, language: language) })))
        let results = report.findings.map { result($0, ruleIndex: indexes[$0.ruleID] ?? -1, language: language) }
        return .object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([
                .object([
                    ("tool", .object([("driver", .object(driver))])),
                    ("language", .string(language == .es ? "es-AR" : "en-US")),
                    ("results", .array(results)),
                ]),
            ])),
        ])
    }
}
