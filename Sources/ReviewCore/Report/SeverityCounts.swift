/// How many findings there are of each severity.
public struct SeverityCounts: Sendable, Hashable, Codable {
    /// Critical findings.
    public var critical: Int
    /// High findings.
    public var high: Int
    /// Medium findings.
    public var medium: Int
    /// Low findings.
    public var low: Int

    /// Explicit counts.
    public init(critical: Int = 0, high: Int = 0, medium: Int = 0, low: Int = 0) {
        self.critical = critical
        self.high = high
        self.medium = medium
        self.low = low
    }

    /// The counts of `findings`.
    public init(_ findings: [Finding]) {
        self.init()
        for finding in findings { self[finding.severity] += 1 }
    }

    /// The count for one severity.
    public subscript(severity: Severity) -> Int {
        get {
            switch severity {
            case .critical: critical
            case .high: high
            case .medium: medium
            case .low: low
            }
        }
        set {
            switch severity {
            case .critical: critical = newValue
            case .high: high = newValue
            case .medium: medium = newValue
            case .low: low = newValue
            }
        }
    }

    /// All four counts added up.
    public var total: Int { critical + high + medium + low }
}
