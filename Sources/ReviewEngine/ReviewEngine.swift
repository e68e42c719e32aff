import Checklists
import ReviewCore

/// Runs one rules-based review: diff + head contents → checklist → anchored, ranked findings.
///
/// The engine does no I/O of its own; it asks a `ContentSource` for file contents, so the same
/// code reviews a local git range, a diff on disk, or a pull request fetched from a host.
public struct ReviewEngine: Sendable {
    public var catalog: Catalog

    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// Reviews `diff`. `description` is what the author wrote about the change (PR title and body,
    /// or commit messages); it picks the answer language when `options.language` is `auto`.
    public func review(
        diff: UnifiedDiff,
        contents: any ContentSource,
        description: [String] = [],
        options: ReviewOptions = ReviewOptions()
    ) throws -> ReviewReport {
        let changes = try ChangeSetBuilder(contents: contents).build(from: diff, projectFiles: catalog.projectFilesNeeded)
        let raw = catalog.evaluate(changes)
        let anchored = DiffFilter(includeContextLines: options.includeContextLines).apply(raw, to: diff)
        let findings = FindingSet.finalize(anchored)
        let language = Self.language(for: options.language, description: description)
        let summary = ReviewSummary(
            findings: findings,
            filesReviewed: changes.files.count,
            linesAdded: diff.files.reduce(0) { $0 + $1.addedLines.count },
            rulesEvaluated: catalog.rules.count,
            language: language
        )
        return ReviewReport(findings: findings, summary: summary, rules: catalog.ruleDescriptors)
    }

    /// The answer language: forced by the caller, or detected from the change's description.
    public static func language(for choice: ReviewOptions.LanguageChoice, description: [String]) -> Language {
        switch choice {
        case .en: .en
        case .es: .es
        case .auto: LanguageDetector.detect(description)
        }
    }
}
