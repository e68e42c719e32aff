/// The number of findings in one section.
public struct SectionCount: Sendable, Hashable, Codable {
    /// The section.
    public var section: Section
    /// Findings in it.
    public var count: Int

    /// One section's count.
    public init(section: Section, count: Int) {
        self.section = section
        self.count = count
    }

    /// Built-in sections first (seed order, zeros kept), then custom sections with findings, by name.
    public static func counts(_ findings: [Finding]) -> [SectionCount] {
        var tally: [Section: Int] = [:]
        for finding in findings { tally[finding.section, default: 0] += 1 }
        let builtIn = Section.builtIn.map { SectionCount(section: $0, count: tally[$0] ?? 0) }
        let custom = tally.keys.filter { !Section.builtIn.contains($0) }.sorted()
            .map { SectionCount(section: $0, count: tally[$0] ?? 0) }
        return builtIn + custom
    }
}
