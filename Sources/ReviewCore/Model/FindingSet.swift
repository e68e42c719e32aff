/// Turns the raw findings of one review (rules and model together) into the list every output shows:
/// deduplicated, fingerprinted and ranked.
///
/// ```swift
/// let ready = FindingSet.finalize(ruleFindings + modelFindings)
/// ```
public enum FindingSet {
    /// Deduplicates, fingerprints and ranks `findings`. Pure and idempotent:
    /// `finalize(finalize(x)) == finalize(x)`.
    ///
    /// 1. Findings with the same rule, path and line are one finding. The survivor is the most severe;
    ///    on a tie a rule finding beats a model one (rules are checked, models guess), then input order.
    /// 2. Fingerprints are (re)assigned per file in line order, so the ordinal that separates identical
    ///    flagged lines does not depend on the order the findings arrived in.
    /// 3. Findings with the same fingerprint are one finding (the first in line order stays).
    /// 4. The result is ranked: severity (critical first), path, line, rule id.
    public static func finalize(_ findings: [Finding]) -> [Finding] {
        let unique = dedupeByLocation(findings)
        let fingerprinted = assignFingerprints(unique)
        var seen = Set<String>()
        let distinct = fingerprinted.filter { seen.insert($0.fingerprint).inserted }
        return distinct.sorted(by: rankedBefore)
    }

    /// The ranking order: severity (critical first), then path, line and rule id; the remaining fields
    /// only break ties so the order is total and the output byte-for-byte reproducible.
    public static func rankedBefore(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        if lhs.endLine != rhs.endLine { return lhs.endLine < rhs.endLine }
        if lhs.origin != rhs.origin { return lhs.origin == .rule }
        return lhs.fingerprint < rhs.fingerprint
    }

    private struct LocationKey: Hashable {
        var ruleID: String
        var path: String
        var line: Int
    }

    private static func dedupeByLocation(_ findings: [Finding]) -> [Finding] {
        var winners: [LocationKey: Int] = [:]
        var kept: [Finding] = []
        for finding in findings {
            let key = LocationKey(ruleID: finding.ruleID, path: finding.path, line: finding.line)
            if let index = winners[key] {
                if preferred(finding, over: kept[index]) { kept[index] = finding }
            } else {
                winners[key] = kept.count
                kept.append(finding)
            }
        }
        return kept
    }

    private static func preferred(_ candidate: Finding, over current: Finding) -> Bool {
        if candidate.severity != current.severity { return candidate.severity < current.severity }
        return candidate.origin == .rule && current.origin == .model
    }

    private struct SnippetKey: Hashable {
        var ruleID: String
        var path: String
        var snippet: String
    }

    private static func assignFingerprints(_ findings: [Finding]) -> [Finding] {
        // Line order first; input order breaks ties so equal findings keep a deterministic ordinal.
        let ordered = findings.enumerated().sorted { lhs, rhs in
            let (l, r) = (lhs.element, rhs.element)
            if l.path != r.path { return l.path < r.path }
            if l.line != r.line { return l.line < r.line }
            if l.endLine != r.endLine { return l.endLine < r.endLine }
            return lhs.offset < rhs.offset
        }
        var ordinals: [SnippetKey: Int] = [:]
        return ordered.map { entry in
            var finding = entry.element
            let normalised = Fingerprint.normalise(finding.snippet)
            let key = SnippetKey(ruleID: finding.ruleID, path: finding.path, snippet: normalised)
            let ordinal = ordinals[key, default: 0]
            ordinals[key] = ordinal + 1
            finding.fingerprint = Fingerprint.make(
                ruleID: finding.ruleID, path: finding.path, snippet: finding.snippet, ordinal: ordinal)
            return finding
        }
    }
}
