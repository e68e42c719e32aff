import ReviewCore

/// What ``FindingVerifier`` kept and what it dropped.
public struct FindingVerification: Sendable, Hashable {
    /// Verified model findings (`origin: .model`, fingerprint empty), by path and line.
    public var findings: [Finding]
    /// Dropped candidates by reason (``DropReason`` raw values).
    public var dropped: [String: Int]

    /// Creates a verification result.
    public init(findings: [Finding] = [], dropped: [String: Int] = [:]) {
        self.findings = findings
        self.dropped = dropped
    }
}
