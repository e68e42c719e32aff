import Foundation

/// A git range as the user wrote it: `BASE..HEAD`, `BASE...HEAD` (from the merge base), or `BASE`
/// (meaning `BASE..HEAD`).
struct GitRange: Equatable {
    var base: String
    var head: String
    /// `...`: diff from the merge base of the two, like `git diff A...B`.
    var fromMergeBase: Bool

    init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw CLIError("--git needs a range such as main..HEAD") }
        if let range = trimmed.range(of: "...") {
            base = String(trimmed[..<range.lowerBound])
            head = String(trimmed[range.upperBound...])
            fromMergeBase = true
        } else if let range = trimmed.range(of: "..") {
            base = String(trimmed[..<range.lowerBound])
            head = String(trimmed[range.upperBound...])
            fromMergeBase = false
        } else {
            base = trimmed
            head = "HEAD"
            fromMergeBase = false
        }
        if base.isEmpty { base = "HEAD" }
        if head.isEmpty { head = "HEAD" }
        // Revisions become git arguments: refuse anything git could read as an option.
        for revision in [base, head] where revision.hasPrefix("-") || revision.contains(where: \.isWhitespace) {
            throw CLIError("--git: '\(revision)' is not a revision")
        }
    }

    /// The argument `git diff` takes.
    var diffArgument: String { fromMergeBase ? "\(base)...\(head)" : "\(base)..\(head)" }
}
