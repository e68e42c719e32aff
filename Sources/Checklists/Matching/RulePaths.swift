/// The path filters of a list of rules with their globs deduplicated, so a glob shared by many rules
/// (`**/*.py`, `app/**`) runs once per file instead of once per rule.
struct RulePaths: Sendable {
    private let globs: [Glob]
    private let include: [[Int]]
    private let exclude: [[Int]]
    /// `ChangeSetMatcher.readGlobs` of each rule (empty for file rules).
    private let reads: [[Int]]

    init(_ rules: [CompiledRule]) {
        var positions: [Glob: Int] = [:]
        var globs: [Glob] = []
        func position(_ glob: Glob) -> Int {
            if let known = positions[glob] { return known }
            positions[glob] = globs.count
            globs.append(glob)
            return globs.count - 1
        }
        include = rules.map { $0.include.map(position) }
        exclude = rules.map { $0.exclude.map(position) }
        reads = rules.map { ($0.changeSetMatcher?.readGlobs ?? []).map(position) }
        self.globs = globs
    }

    /// For each rule, in the order given to `init`, whether it applies to `path` (as
    /// `CompiledRule.applies(to:)` decides).
    /// and whether its change-set matcher reads the file (`ChangeSetMatcher.reads`).
    func applicable(to path: String) -> (applies: [Bool], reads: [Bool]) {
        var verdicts = [Bool?](repeating: nil, count: globs.count)
        func matches(_ glob: Int) -> Bool {
            if let known = verdicts[glob] { return known }
            let answer = globs[glob].matches(path)
            verdicts[glob] = answer
            return answer
        }
        let applies = include.indices.map { rule in
            if !include[rule].isEmpty && !include[rule].contains(where: matches) { return false }
            return !exclude[rule].contains(where: matches)
        }
        return (applies, reads.map { $0.contains(where: matches) })
    }
}
