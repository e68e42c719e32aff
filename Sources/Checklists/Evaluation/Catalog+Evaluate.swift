import Dispatch
import PythonSyntax
import ReviewCore

extension Catalog {
    /// Runs every rule on every changed file and returns findings on all lines of those files (the
    /// engine keeps the ones on diff lines). Each Python file is indexed once; files are evaluated in
    /// parallel. Deleted files and files without contents are skipped.
    ///
    /// Rules whose globs or regexes do not compile (only possible for catalogs built in code, since
    /// the loader validates them) are skipped.
    public func evaluate(_ changes: ChangeSet) -> [Finding] {
        let compiled = rules.compactMap { try? CompiledRule($0) }
        return Self.evaluate(compiled, changes)
    }

    static func evaluate(_ compiled: [CompiledRule], _ changes: ChangeSet) -> [Finding] {
        let environment = EvaluationEnvironment(projectFiles: changes.projectFiles)
        let files = changes.files
        let slots = SlotBuffer<(findings: [Finding], summary: FileSummary?)>(count: files.count)
        let rules = EvaluationRules(compiled)
        DispatchQueue.concurrentPerform(iterations: files.count) { position in
            slots[position] = evaluate(file: files[position], rules, environment)
        }
        let results = slots.values
        var findings = results.flatMap(\.findings)
        let summaries = results.compactMap(\.summary)
        // Built only when a change-set rule reports something; a linear search per hit was quadratic.
        var positions: [String: Int]?
        for rule in compiled {
            guard let matcher = rule.changeSetMatcher else { continue }
            for hit in matcher.hits(in: summaries, accepts: rule.applies(to:)) {
                if positions == nil {
                    positions = Dictionary(files.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
                }
                let file = positions?[hit.path].map { files[$0] }
                let snippet = file?.source.map { FileContext.lineText(hit.hit.line, in: $0) }
                findings.append(rule.rule.finding(path: hit.path, hit: hit.hit, snippet: snippet ?? ""))
            }
        }
        return findings.sorted { ($0.path, $0.line, $0.ruleID) < ($1.path, $1.line, $1.ruleID) }
    }

    private static func evaluate(
        file: ChangedFile, _ rules: EvaluationRules, _ environment: EvaluationEnvironment
    ) -> (findings: [Finding], summary: FileSummary?) {
        guard file.status != .deleted, let source = file.source else { return ([], nil) }
        let (applies, reads) = rules.paths.applicable(to: file.path)
        let applicable = rules.fileRules.filter { applies[$0] }.map { rules.all[$0] }
        let isPython = file.path.hasSuffix(".py") || file.path.hasSuffix(".pyi")
        // Indexing is most of the cost, so skip it when only line regexes look at this file.
        let wantsIndex =
            applicable.contains(where: \.readsIndex)
            || rules.changeSetRules.contains { position in
                (file.status == .added && applies[position]) || reads[position]
            }
        let index = isPython && wantsIndex ? SourceIndex(path: file.path, source: source) : nil
        let context = FileContext(path: file.path, status: file.status, bytes: source, index: index, keyFilter: rules.keyFilter)
        var findings: [Finding] = []
        for rule in applicable {
            guard let matcher = rule.fileMatcher, !matcher.needsPython || context.isPython else { continue }
            var seen = Set<Int>()
            for hit in matcher.hits(in: context, environment: environment) where seen.insert(hit.line).inserted {
                findings.append(rule.rule.finding(path: file.path, hit: hit, snippet: context.lineText(hit.line)))
            }
        }
        guard isPython else { return (findings, nil) }
        let summary = FileSummary(
            path: file.path, status: file.status, moduleName: index?.moduleName,
            importedNames: index.map { $0.imports.flatMap { [$0.module, $0.qualifiedName] } } ?? [],
            firstDefinitionLine: index?.scopes.first { $0.parent == nil }?.line)
        return (findings, summary)
    }
}

/// The compiled rules with what every file's evaluation shares, prepared once per change set.
struct EvaluationRules: Sendable {
    let all: [CompiledRule]
    /// Positions in `all` of the rules with a file matcher, and with a change-set matcher.
    let fileRules: [Int]
    let changeSetRules: [Int]
    let paths: RulePaths
    let keyFilter: CallKeyFilter

    init(_ rules: [CompiledRule]) {
        all = rules
        fileRules = rules.indices.filter { rules[$0].fileMatcher != nil }
        changeSetRules = rules.indices.filter { rules[$0].changeSetMatcher != nil }
        paths = RulePaths(rules)
        keyFilter = CallKeyFilter(
            rules.flatMap { $0.fileMatcher?.callPatterns ?? [] }.flatMap { $0.literalLasts + $0.literalFirsts })
    }
}

extension Rule {
    func finding(path: String, hit: Hit, snippet: String) -> Finding {
        Finding(
            ruleID: id, section: section, severity: severity, path: path, line: hit.line, endLine: hit.endLine,
            title: title, message: message, fix: fix, why: why, considerations: considerations, snippet: snippet)
    }
}

/// Fixed slots written from `concurrentPerform`, one slot per iteration, so no two threads touch the
/// same element.
final class SlotBuffer<Value>: @unchecked Sendable {
    private var storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    subscript(position: Int) -> Value? {
        get { storage[position] }
        set { storage[position] = newValue }
    }

    var values: [Value] { storage.compactMap { $0 } }
}
