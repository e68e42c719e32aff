import ReviewCore

extension MemoryGuidance {
    /// The report as the memory shapes it. Apply it once per review: a second pass would demote again.
    ///
    /// Suppressed findings leave `findings` and `summary.unanchored`; `summary.suppressed` gains one reason
    /// per decision (its id) and keeps the reasons already there. Demoted findings are re-ranked the way
    /// `FindingSet` ranks them, and the summary gains a note per demoted rule. Counts are rebuilt.
    public func apply(to report: ReviewReport) -> GuidedReview {
        var suppressed: [Finding] = []
        var reasons: [(id: String, count: Int)] = []
        var kept: [Finding] = []
        var cited: [String] = []
        var demotedFrom: [String: Severity] = [:]
        for finding in report.findings {
            if let decision = suppressor(of: finding) {
                suppressed.append(finding)
                if let index = reasons.firstIndex(where: { $0.id == decision.id }) {
                    reasons[index].count += 1
                } else {
                    reasons.append((decision.id, 1))
                }
                continue
            }
            if let demotion = demotion(of: finding.ruleID), demotedFrom[demotion.ruleID] == nil {
                demotedFrom[demotion.ruleID] = report.rule(finding.ruleID)?.severity ?? finding.severity
            }
            kept.append(guided(finding, citing: &cited))
        }
        var scratch: [String] = []
        let unanchored = report.summary.unanchored.filter { suppressor(of: $0) == nil }
            .map { guided($0, citing: &scratch) }
        let old = report.summary
        let summary = ReviewSummary(
            findings: kept, filesReviewed: old.filesReviewed, linesAdded: old.linesAdded,
            rulesEvaluated: old.rulesEvaluated, language: old.language,
            suppressed: merged(old.suppressed, reasons),
            unanchored: unanchored.sorted(by: FindingSet.rankedBefore),
            notes: notes(old.notes, demotedFrom: demotedFrom, language: old.language))
        let guidedReport = ReviewReport(
            findings: kept.sorted(by: FindingSet.rankedBefore), summary: summary, rules: report.rules)
        return GuidedReview(report: guidedReport, suppressed: suppressed, citedBlockers: cited)
    }

    /// `finding` demoted if its rule is, with the blockers it matches cited.
    private func guided(_ finding: Finding, citing cited: inout [String]) -> Finding {
        var finding = finding
        if let demotion = demotion(of: finding.ruleID) { finding.severity = demotion.apply(finding.severity) }
        for blocker in blockers(matching: finding) {
            let citation = Self.citation(of: blocker)
            if !finding.considerations.contains(citation) { finding.considerations.append(citation) }
            if !cited.contains(blocker.id) { cited.append(blocker.id) }
        }
        return finding
    }

    private func merged(
        _ existing: SuppressionSummary, _ reasons: [(id: String, count: Int)]
    ) -> SuppressionSummary {
        guard !reasons.isEmpty else { return existing }
        var byReason = existing.byReason
        for reason in reasons {
            if let index = byReason.firstIndex(where: { $0.reason == reason.id }) {
                byReason[index].count += reason.count
            } else {
                byReason.append(.init(reason: reason.id, count: reason.count))
            }
        }
        return SuppressionSummary(count: existing.count + reasons.reduce(0) { $0 + $1.count }, byReason: byReason)
    }

    private func notes(_ existing: [String], demotedFrom: [String: Severity], language: Language) -> [String] {
        var notes = existing
        for demotion in demotions {
            guard let from = demotedFrom[demotion.ruleID], from.demoted != from else { continue }
            let note = Self.demotionNote(demotion, from: from, repository: repository, language: language)
            if !notes.contains(note) { notes.append(note) }
        }
        return notes
    }

    /// The summary note for a demoted rule, with the admin's undo command.
    static func demotionNote(
        _ demotion: Demotion, from: Severity, repository: String?, language: Language
    ) -> String {
        let rule = MemoryText.code(demotion.ruleID, limit: 100)
        let undo = MemoryText.code(
            "backend-review expertise undemote --repo \(repository ?? "HOST/OWNER/NAME") \(demotion.ruleID)",
            limit: 400)
        let to = demotion.apply(from)
        switch language {
        case .en:
            let times = demotion.dismissals == 1 ? "1 dismissal" : "\(demotion.dismissals) dismissals"
            return "\(rule) was demoted from \(SeverityWords.name(from, .en)) to \(SeverityWords.name(to, .en)) "
                + "in this repository after \(times) (decision \(demotion.decisionID)). An admin can undo it: \(undo)."
        case .es:
            let times = demotion.dismissals == 1 ? "1 descarte" : "\(demotion.dismissals) descartes"
            return "\(rule) bajó de \(SeverityWords.name(from, .es)) a \(SeverityWords.name(to, .es)) en este "
                + "repo después de \(times) (decisión \(demotion.decisionID)). Un admin lo puede deshacer: \(undo)."
        }
    }
}
