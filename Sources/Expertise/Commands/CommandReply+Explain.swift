import ReviewCore

extension CommandReply {
    /// After `explain`: what the rule checks, how to fix and why, and what this repository decided about it.
    ///
    /// `decisions` are the repository's decisions for the rule (``ExpertiseMemory/decisions(forRule:)``);
    /// the first five are listed.
    public static func explain(
        _ rule: RuleDescriptor, demotion: Demotion?, decisions: [Decision], language: Language
    ) -> String {
        let es = language == .es
        let severity = SeverityWords.name(rule.severity, language)
        var lines = [
            "**\(MemoryText.code(rule.id, limit: 100))**: \(MemoryText.oneLine(text(rule.title, language), limit: 200)) "
                + "(\(MemoryText.oneLine(rule.section.rawValue, limit: 60)), \(severity))",
            "",
            MemoryText.oneLine(text(rule.message, language), limit: 800),
            "",
            (es ? "**Cómo corregirlo:** " : "**Fix:** ") + MemoryText.oneLine(text(rule.fix, language), limit: 800),
            "",
            (es ? "**Por qué:** " : "**Why:** ") + MemoryText.oneLine(text(rule.why, language), limit: 800),
        ]
        var local: [String] = []
        if let demotion {
            let (to, count, decisionID) = (
                SeverityWords.name(demotion.apply(rule.severity), language), demotion.dismissals, id(demotion.decisionID)
            )
            local.append(es
                ? "- Bajó de \(severity) a \(to) después de \(count) descartes (decisión \(decisionID))."
                : "- Demoted from \(severity) to \(to) after \(count) dismissals (decision \(decisionID)).")
        }
        let listed = decisions.filter { demotion == nil || $0.id != demotion?.decisionID }
        for decision in listed.prefix(5) {
            let confidence = number(decision.confidenceScore)
            local.append(
                "- \(id(decision.id)): \(describe(decision, language)) "
                    + (es ? "(confianza \(confidence))" : "(confidence \(confidence))"))
        }
        if listed.count > 5 { local.append(es ? "- y \(listed.count - 5) más" : "- and \(listed.count - 5) more") }
        lines.append("")
        if local.isEmpty {
            lines.append(
                es ? "En este repo no hay decisiones sobre esta regla." : "No decisions about this rule in this repository.")
        } else {
            lines.append(es ? "**En este repo:**" : "**In this repository:**")
            lines += local
        }
        return lines.joined(separator: "\n")
    }

    private static func text(_ text: LocalizedText, _ language: Language) -> String {
        text[language].isEmpty ? text.en : text[language]
    }
}
