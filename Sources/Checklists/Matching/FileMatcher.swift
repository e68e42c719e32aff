/// A flagged span in one file.
struct Hit: Hashable {
    var line: Int
    var endLine: Int

    init(line: Int, endLine: Int? = nil) {
        self.line = line
        self.endLine = max(endLine ?? line, line)
    }
}

/// What a matcher may read beyond the file itself.
struct EvaluationEnvironment: Sendable {
    var projectFiles: [String: String]
}

/// A compiled matcher that looks at one file at a time.
protocol FileMatcher: Sendable {
    /// Whether the matcher reads Python structure (then it only runs on `.py` files).
    var needsPython: Bool { get }
    func hits(in file: FileContext, environment: EvaluationEnvironment) -> [Hit]
    /// The call name patterns the matcher passes to `FileContext.candidateCalls`, so the catalog can
    /// drop calls no rule names before any rule looks (a pattern missing here is still answered, slower).
    var callPatterns: [NamePatterns] { get }
}

extension FileMatcher {
    var callPatterns: [NamePatterns] { [] }
}

/// A compiled matcher that needs the whole change set (e.g. tests that should come with a file).
protocol ChangeSetMatcher: Sendable {
    func hits(in files: [FileSummary], accepts: (String) -> Bool) -> [(path: String, hit: Hit)]
    /// Whether the summary of a file the rule's paths do not cover is still needed (e.g. a test file).
    func reads(_ path: String) -> Bool
    /// The globs `reads` answers with (a path is read when one matches), so the catalog can match
    /// them once per file together with the rules' path globs.
    var readGlobs: [Glob] { get }
}

/// What change-set matchers need to know of each file, collected during the per-file pass.
struct FileSummary: Sendable {
    var path: String
    var status: ChangedFile.Status
    var moduleName: String?
    /// Absolute modules and qualified names imported by the file.
    var importedNames: [String]
    /// Line of the first top-level class or function, if any.
    var firstDefinitionLine: Int?
}
