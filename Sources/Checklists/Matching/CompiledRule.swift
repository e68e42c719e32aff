/// A rule with its globs, name patterns and regexes compiled once, ready to run on many files.
/// A class so the per-file rule lists share it instead of copying it.
final class CompiledRule: Sendable {
    let rule: Rule
    let include: [Glob]
    let exclude: [Glob]
    let fileMatcher: (any FileMatcher)?
    let changeSetMatcher: (any ChangeSetMatcher)?
    /// Whether the file matcher reads the Python index (line regexes do not); decided once here
    /// because a dynamic cast per rule and file showed up in profiles.
    let readsIndex: Bool

    init(_ rule: Rule) throws {
        self.rule = rule
        include = try rule.paths.include.map { pattern throws in try Glob(pattern) }
        exclude = try rule.paths.exclude.map { pattern throws in try Glob(pattern) }
        switch rule.matcher {
        case .imports(let spec): fileMatcher = ImportsMatcher(spec)
        case .call(let spec): fileMatcher = try CallMatcher(spec)
        case .sqlInjection(let spec): fileMatcher = try SQLInjectionMatcher(spec)
        case .secret(let spec): fileMatcher = try SecretMatcher(spec)
        case .class(let spec): fileMatcher = try ClassMatcher(spec)
        case .annotation(let spec): fileMatcher = try AnnotationMatcher(spec)
        case .rlsMigration(let spec): fileMatcher = try RLSMigrationMatcher(spec)
        case .regex(let spec): fileMatcher = try RegexMatcher(spec)
        case .callOrder(let spec): fileMatcher = try CallOrderMatcher(spec)
        case .function(let spec): fileMatcher = try FunctionMatcher(spec)
        case .missingTests: fileMatcher = nil
        }
        readsIndex = fileMatcher != nil && !(fileMatcher is RegexMatcher)
        if case .missingTests(let spec) = rule.matcher {
            changeSetMatcher = try MissingTestsMatcher(spec)
        } else {
            changeSetMatcher = nil
        }
    }

    func applies(to path: String) -> Bool {
        if !include.isEmpty && !include.contains(where: { $0.matches(path) }) { return false }
        return !exclude.contains { $0.matches(path) }
    }
}

extension GlobError: CustomStringConvertible {
    public var description: String { message }
}
