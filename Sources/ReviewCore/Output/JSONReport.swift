/// `review --format json`: the machine-readable report scripts rely on.
///
/// The field names and their order are a contract, documented in `docs/output-formats.md`; texts are in
/// the chosen language. Bump `schemaVersion` on any breaking change.
///
/// ```swift
/// let json = JSONReport.render(report, language: .en)
/// ```
public enum JSONReport {
    /// The version of the document's shape, written as `schema_version`.
    public static let schemaVersion = 1

    /// The report as pretty-printed JSON (two-space indent, keys in documented order, trailing newline).
    public static func render(_ report: ReviewReport, language: Language) -> String {
        document(report, language: language).serialised() + "\n"
    }

    static func document(_ report: ReviewReport, language: Language) -> JSONValue {
        .object([
            ("schema_version", .int(schemaVersion)),
            ("findings", .array(report.findings.map { finding($0, language: language) })),
            ("summary", summary(report.summary, language: language)),
        ])
    }

    /// One finding; `why`, `considerations` and `origin` follow the fields every consumer needs.
    static func finding(_ finding: Finding, language: Language) -> JSONValue {
        .object([
            ("rule", .string(finding.ruleID)),
            ("section", .string(finding.section.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("path", .string(finding.path)),
            ("line", .int(finding.line)),
            ("end_line", .int(finding.endLine)),
            ("title", .string(finding.title[language])),
            ("message", .string(finding.message[language])),
            ("fix", .string(finding.fix[language])),
            ("fingerprint", .string(finding.fingerprint)),
            ("why", .string(finding.why[language])),
            ("considerations", .array(finding.considerations.map { .string($0[language]) })),
            ("origin", .string(finding.origin.rawValue)),
        ])
    }

    /// `language` is the language the document's texts are in, which is what a script needs to know.
    static func summary(_ summary: ReviewSummary, language: Language) -> JSONValue {
        .object([
            ("language", .string(language.rawValue)),
            ("total", .int(summary.total)),
            ("counts", .object(Severity.allCases.map { ($0.rawValue, .int(summary.severityCounts[$0])) })),
            ("sections", .object(summary.sectionCounts.map { ($0.section.rawValue, .int($0.count)) })),
            ("files_reviewed", .int(summary.filesReviewed)),
            ("lines_added", .int(summary.linesAdded)),
            ("rules_evaluated", .int(summary.rulesEvaluated)),
            ("suppressed", .object([
                ("count", .int(summary.suppressed.count)),
                ("by_reason", .array(summary.suppressed.byReason.map {
                    .object([("reason", .string($0.reason)), ("count", .int($0.count))])
                })),
            ])),
            ("unanchored", .array(summary.unanchored.map { .string($0.fingerprint) })),
            ("notes", .array(summary.notes.map { .string($0) })),
        ])
    }
}
