import Foundation
import ReviewCore

/// Checks every model finding against the diff the model was shown, and turns the survivors into ``Finding``s.
///
/// A candidate is kept only if its path is a shown file (not deleted, not binary, not never-send), `line`
/// and `end_line` are added or context lines of the same hunk on the new side, severity and section are known
/// values, the title has 1…200 characters and every other text field at most 2,000, and the analysis is not
/// empty. A candidate on the lines (±1) of a rule finding of the same section is a `duplicate_of_rule`; one on
/// the lines of a kept model finding of the same section is a `duplicate` (the more severe one stays).
/// Kept text is cleaned by ``ModelTextSanitizer``.
///
/// ```swift
/// let verified = FindingVerifier(diff: shownDiff, ruleFindings: ruleFindings).verify(candidates)
/// verified.dropped   // ["line_not_in_diff": 2, "duplicate_of_rule": 1]
/// ```
public struct FindingVerifier: Sendable {
    /// Longest title kept, in characters.
    public static let maxTitleLength = 200
    /// Longest analysis, solution, why or consideration kept, in characters.
    public static let maxTextLength = 2_000
    /// Considerations beyond this many are left out.
    public static let maxConsiderations = 10

    private let files: [String: ShownFile]
    private let ruleFindings: [String: [Finding]]

    /// Creates a verifier for the files of `diff` (the diff as the model saw it), the rule findings already
    /// made, and the never-send globs (files matching them are never valid targets).
    public init(diff: UnifiedDiff, ruleFindings: [Finding], neverSend: [String] = []) {
        let neverSendList = NeverSendList(neverSend)
        var files: [String: ShownFile] = [:]
        for file in diff.files
        where file.status != .deleted && !file.isBinary && !file.hunks.isEmpty && !neverSendList.matches(file) {
            files[file.path] = ShownFile(file)
        }
        self.files = files
        self.ruleFindings = Dictionary(grouping: ruleFindings, by: \.path)
    }

    /// Verifies `candidates`; the result's findings are sorted by path and line.
    public func verify(_ candidates: [ModelFindingCandidate]) -> FindingVerification {
        var result = FindingVerification()
        var checked: [Finding] = []
        for candidate in candidates {
            switch check(candidate) {
            case .success(let finding): checked.append(finding)
            case .failure(let reason): result.dropped.add(reason.reason)
            }
        }
        // The most severe of overlapping model findings survives; input order breaks ties.
        let bySeverity = checked.enumerated().sorted { lhs, rhs in
            lhs.element.severity != rhs.element.severity
                ? lhs.element.severity < rhs.element.severity : lhs.offset < rhs.offset
        }.map(\.element)
        for finding in bySeverity {
            if (ruleFindings[finding.path] ?? []).contains(where: { Self.overlaps($0, finding) }) {
                result.dropped.add(.duplicateOfRule)
            } else if result.findings.contains(where: { Self.overlaps($0, finding) }) {
                result.dropped.add(.duplicate)
            } else {
                result.findings.append(finding)
            }
        }
        result.findings.sort { ($0.path, $0.line, $0.endLine) < ($1.path, $1.line, $1.endLine) }
        return result
    }

    /// Same path and section, line ranges within one line of each other.
    static func overlaps(_ lhs: Finding, _ rhs: Finding) -> Bool {
        lhs.path == rhs.path && lhs.section == rhs.section && lhs.line <= rhs.endLine + 1
            && rhs.line <= lhs.endLine + 1
    }

    private struct Rejection: Error {
        var reason: DropReason
    }

    private func check(_ candidate: ModelFindingCandidate) -> Result<Finding, Rejection> {
        guard let file = files[candidate.path] else { return .failure(Rejection(reason: .pathNotInDiff)) }
        let endLine = max(candidate.endLine ?? candidate.line, candidate.line)
        guard let snippet = file.text(ofNewLine: candidate.line), file.sameHunk(candidate.line, endLine) else {
            return .failure(Rejection(reason: .lineNotInDiff))
        }
        guard let severity = Severity(rawValue: Self.normalised(candidate.severity)) else {
            return .failure(Rejection(reason: .unknownSeverity))
        }
        let section = Section(Self.normalised(candidate.section))
        guard Section.builtIn.contains(section) else { return .failure(Rejection(reason: .unknownSection)) }
        let texts = [candidate.analysis, candidate.solution, candidate.why] + candidate.considerations
        guard candidate.title.count <= Self.maxTitleLength, texts.allSatisfy({ $0.count <= Self.maxTextLength })
        else { return .failure(Rejection(reason: .tooLong)) }

        let title = ModelTextSanitizer.sanitize(
            candidate.title.split(whereSeparator: \.isNewline).joined(separator: " "), limit: Self.maxTitleLength)
        let analysis = ModelTextSanitizer.sanitize(candidate.analysis, limit: Self.maxTextLength)
        guard !title.isEmpty, !analysis.isEmpty else { return .failure(Rejection(reason: .empty)) }
        let considerations = candidate.considerations.prefix(Self.maxConsiderations)
            .map { ModelTextSanitizer.sanitize($0, limit: Self.maxTextLength) }
            .filter { !$0.isEmpty }
        return .success(
            Finding(
                ruleID: "model-\(section.rawValue)", section: section, severity: severity, path: candidate.path,
                line: candidate.line, endLine: endLine, title: Self.same(title), message: Self.same(analysis),
                fix: Self.same(ModelTextSanitizer.sanitize(candidate.solution, limit: Self.maxTextLength)),
                why: Self.same(ModelTextSanitizer.sanitize(candidate.why, limit: Self.maxTextLength)),
                considerations: considerations.map(Self.same), snippet: snippet, origin: .model))
    }

    /// The model answered in the review's language, so both languages carry the same text.
    private static func same(_ text: String) -> LocalizedText { LocalizedText(en: text, es: text) }

    /// `High`, ` high `, `Clean Architecture`, `clean_architecture` → the canonical spelling.
    private static func normalised(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
    }
}
