/// How much a finding matters. Ranked `critical` > `high` > `medium` > `low`.
///
/// RLS and security bugs are `critical`: the seed reviewer treats a forgotten `set_rls_context()`
/// as a security incident, not a style nit.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case critical, high, medium, low

    /// 0 for `critical` up to 3 for `low`; smaller ranks first.
    public var rank: Int {
        switch self {
        case .critical: 0
        case .high: 1
        case .medium: 2
        case .low: 3
        }
    }

    /// `a < b` means `a` is more severe, so sorting ascending puts `critical` first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// Whether this severity is at or above `threshold` (`.critical.isAtLeast(.high) == true`).
    public func isAtLeast(_ threshold: Severity) -> Bool { rank <= threshold.rank }

    /// One level less severe; `low` stays `low`.
    public var demoted: Severity {
        Severity.allCases[min(rank + 1, Severity.allCases.count - 1)]
    }
}
