import ReviewCore

extension MemoryGuidance {
    /// At most two blockers a finding recalls: those tagged with its rule first, then those whose symptom
    /// names the rule or quotes (in backticks) code the finding's snippet contains.
    func blockers(matching finding: Finding) -> [Blocker] {
        let byRule = blockers.filter { $0.concerns(rule: finding.ruleID) }
        let bySymptom = blockers.filter { blocker in
            !blocker.concerns(rule: finding.ruleID) && Self.symptom(blocker.symptom, recalls: finding)
        }
        return Array((byRule + bySymptom).prefix(2))
    }

    /// The consideration that cites `blocker`, in both languages; each quoted field is capped.
    static func citation(of blocker: Blocker) -> LocalizedText {
        let solution = MemoryText.oneLine(blocker.solution, limit: 300)
        let prevention = MemoryText.oneLine(blocker.prevention, limit: 300)
        let id = MemoryText.oneLine(blocker.id, limit: 40)
        var en = "Known blocker \(id) (seen \(blocker.occurrences == 1 ? "1 time" : "\(blocker.occurrences) times"))."
        var es = "Bloqueo conocido \(id) (visto \(blocker.occurrences == 1 ? "1 vez" : "\(blocker.occurrences) veces"))."
        if !solution.isEmpty {
            en += " Solution: \(solution)"
            es += " Solución: \(solution)"
        }
        if !prevention.isEmpty {
            en += " Prevention: \(prevention)"
            es += " Prevención: \(prevention)"
        }
        return LocalizedText(en: en, es: es)
    }

    /// Whether a symptom names the finding's rule (as a whole word) or quotes code from its snippet.
    static func symptom(_ symptom: String, recalls finding: Finding) -> Bool {
        if mentions(symptom, word: finding.ruleID) { return true }
        let snippet = Fingerprint.normalise(finding.snippet)
        guard !snippet.isEmpty else { return false }
        return codeSpans(in: symptom).contains { snippet.contains($0) }
    }

    /// Whether `word` occurs in `text` with no rule-id character on either side (case-insensitive).
    static func mentions(_ text: String, word: String) -> Bool {
        let haystack = Array(text.lowercased().utf8)
        let needle = Array(word.lowercased().utf8)
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start..<start + needle.count].elementsEqual(needle) {
                let before = start == 0 || !MemoryText.isRuleIDByte(haystack[start - 1])
                let end = start + needle.count
                let after = end == haystack.count || !MemoryText.isRuleIDByte(haystack[end])
                if before && after { return true }
            }
            start += 1
        }
        return false
    }

    /// The inline code spans of `text`, normalised like snippets; spans under six characters (`self`,
    /// `time`) are too generic to recall anything and are skipped.
    static func codeSpans(in text: String) -> [String] {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return [] }
        return stride(from: 1, to: parts.count - 1, by: 2)
            .map { Fingerprint.normalise(String(parts[$0])) }
            .filter { $0.count >= 6 }
    }
}
