/// Runs the examples every rule carries, semgrep-style: each line after `# ruleid: <id>` must be
/// flagged by that rule, each line after `# ok: <id>` must not, and no other line may be flagged.
/// A rule without at least one of each kind fails.
public struct ExampleRunner: Sendable {
    public init() {}

    /// Results for every rule of the catalog, in catalog order.
    public func run(_ catalog: Catalog) -> [RuleExampleResult] {
        catalog.rules.map(run)
    }

    /// Runs one rule's examples with that rule alone, so other rules cannot interfere.
    public func run(_ rule: Rule) -> RuleExampleResult {
        var result = RuleExampleResult(ruleID: rule.id, failures: [], expectedCount: 0, okCount: 0)
        let compiled: CompiledRule
        do {
            compiled = try CompiledRule(rule)
        } catch {
            result.failures.append(ExampleFailure(file: rule.location.file, line: rule.location.line, message: "rule does not compile: \(error)"))
            return result
        }
        for example in rule.examples {
            let changes = ChangeSet(
                files: example.files.map { ChangedFile(path: $0.path, status: $0.status, source: Array($0.code.utf8)) },
                projectFiles: example.projectFiles)
            let findings = Catalog.evaluate([compiled], changes)
            for file in example.files {
                let annotations = ExampleAnnotations(code: file.code)
                let flagged = Set(findings.filter { $0.path == file.path && $0.ruleID == rule.id }.map(\.line))
                let expected = Set(annotations.expected.filter { $0.value.contains(rule.id) }.keys)
                let allowed = Set(annotations.allowed.filter { $0.value.contains(rule.id) }.keys)
                result.expectedCount += expected.count
                result.okCount += allowed.count
                let lines = file.code.split(separator: "\n", omittingEmptySubsequences: false)
                func text(_ line: Int) -> String { line <= lines.count ? String(lines[line - 1].trimmingWhitespace) : "" }
                for line in expected.subtracting(flagged).sorted() {
                    result.failures.append(ExampleFailure(
                        file: file.path, line: line, message: "expected a finding, got none: \(text(line))"))
                }
                for line in flagged.intersection(allowed).sorted() {
                    result.failures.append(ExampleFailure(
                        file: file.path, line: line, message: "marked ok, but flagged: \(text(line))"))
                }
                for line in flagged.subtracting(expected).subtracting(allowed).sorted() {
                    result.failures.append(ExampleFailure(
                        file: file.path, line: line, message: "flagged, but not annotated 'ruleid: \(rule.id)': \(text(line))"))
                }
            }
        }
        if result.expectedCount == 0 {
            result.failures.append(ExampleFailure(
                file: rule.location.file, line: rule.location.line, message: "no example line annotated 'ruleid: \(rule.id)' (code the rule must flag)"))
        }
        if result.okCount == 0 {
            result.failures.append(ExampleFailure(
                file: rule.location.file, line: rule.location.line, message: "no example line annotated 'ok: \(rule.id)' (code the rule must not flag)"))
        }
        return result
    }
}

/// The outcome of one rule's examples.
public struct RuleExampleResult: Sendable, Hashable {
    public var ruleID: String
    public var failures: [ExampleFailure]
    /// Lines annotated `ruleid:` for this rule.
    public var expectedCount: Int
    /// Lines annotated `ok:` for this rule.
    public var okCount: Int

    public var passed: Bool { failures.isEmpty }
}

/// One example line that did not behave as annotated (or a rule missing good or bad examples).
public struct ExampleFailure: Sendable, Hashable, CustomStringConvertible {
    /// The example file's path (or the checklist file for rule-level failures).
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
}
