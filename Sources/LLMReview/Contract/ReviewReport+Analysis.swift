import Foundation
import ReviewCore

extension ReviewReport {
    /// This report with the verified model findings merged in: ranked together with the rule findings, counted
    /// in the summary, the analysis's notes appended, and a descriptor per model rule so SARIF lists it.
    public func merging(_ analysis: AnalysisResult) -> ReviewReport {
        guard !analysis.findings.isEmpty || !analysis.notes.isEmpty else { return self }
        let merged = FindingSet.finalize(findings + analysis.findings)
        var descriptors = rules
        for finding in analysis.findings where !descriptors.contains(where: { $0.id == finding.ruleID }) {
            descriptors.append(RuleDescriptor(describing: finding))
        }
        let kept = Set(merged.map(\.fingerprint))
        let summary = ReviewSummary(
            findings: merged, filesReviewed: summary.filesReviewed, linesAdded: summary.linesAdded,
            rulesEvaluated: summary.rulesEvaluated, language: summary.language, suppressed: summary.suppressed,
            unanchored: summary.unanchored.filter { kept.contains($0.fingerprint) }, notes: summary.notes + analysis.notes)
        return ReviewReport(findings: merged, summary: summary, rules: descriptors)
    }
}

extension AnalysisInput {
    /// The flagged lines of secret findings (`security-hardcoded-secret` and any rule whose id names a secret),
    /// redacted wherever they appear in what is sent to the model.
    public static func knownSecrets(in findings: [Finding]) -> [String] {
        findings.filter { $0.section == .security && $0.ruleID.contains("secret") }
            .map { $0.snippet.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
