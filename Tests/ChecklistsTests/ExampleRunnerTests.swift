import Checklists
import ReviewCore
import Testing

struct ExampleRunnerTests {
    static let bundledRules: [Rule] = (try? Catalog.bundled().rules) ?? []

    /// Every bundled rule proves itself on its own examples: flagged where annotated `ruleid`, silent
    /// where annotated `ok`, and nowhere else.
    @Test(arguments: bundledRules)
    func bundledRuleExamplesPass(_ rule: Rule) {
        let result = ExampleRunner().run(rule)
        #expect(result.failures.isEmpty, "\(result.failures.map(\.description).joined(separator: "\n"))")
        #expect(result.expectedCount > 0 && result.okCount > 0)
    }

    @Test func bundledRulesLoaded() {
        #expect(Self.bundledRules.count >= 25)
    }

    static func regexRule(_ examples: [RuleExample]) -> Rule {
        var rule = makeRule("todo", .regex(RegexSpec(pattern: "TODO")))
        rule.examples = examples
        return rule
    }

    static func example(_ code: String, path: String = "notes.sql") -> RuleExample {
        RuleExample(files: [ExampleFile(path: path, code: code)], location: SourceLocation(file: "x.yaml", line: 3))
    }

    @Test func passingExamples() {
        let result = ExampleRunner().run(Self.regexRule([Self.example("-- ruleid: todo\nTODO\n-- ok: todo\n\ndone\n")]))
        #expect(result.passed)
        #expect(result.expectedCount == 1)
        #expect(result.okCount == 1)
    }

    @Test func missedExpectationNamesFileLineAndText() throws {
        let result = ExampleRunner().run(Self.regexRule([Self.example("-- ruleid: todo\ndone\n-- ok: todo\nfine\n")]))
        let failure = try #require(result.failures.first)
        #expect(result.failures.count == 1)
        #expect(failure.file == "notes.sql")
        #expect(failure.line == 2)
        #expect(failure.message == "expected a finding, got none: done")
    }

    @Test func okLineThatIsFlaggedFails() throws {
        let result = ExampleRunner().run(Self.regexRule([Self.example("-- ruleid: todo\nTODO a\n-- ok: todo\nTODO b\n")]))
        let failure = try #require(result.failures.first)
        #expect(failure.line == 4)
        #expect(failure.message.hasPrefix("marked ok, but flagged"))
    }

    @Test func unannotatedFlaggedLineFails() throws {
        let result = ExampleRunner().run(Self.regexRule([Self.example("-- ruleid: todo\nTODO a\n-- ok: todo\nfine\nTODO c\n")]))
        let failure = try #require(result.failures.first)
        #expect(result.failures.count == 1)
        #expect(failure.line == 5)
        #expect(failure.message.contains("not annotated 'ruleid: todo'"))
    }

    @Test func ruleWithoutOkExamplesFails() {
        let result = ExampleRunner().run(Self.regexRule([Self.example("# ruleid: todo\nTODO\n")]))
        #expect(!result.passed)
        #expect(result.failures.map(\.message) == ["no example line annotated 'ok: todo' (code the rule must not flag)"])
        #expect(result.failures.first?.file == "x.yaml" || result.failures.first?.file == "")
    }

    @Test func ruleWithoutExamplesFailsBothWays() {
        let result = ExampleRunner().run(Self.regexRule([]))
        #expect(result.failures.count == 2)
    }

    @Test func annotationsForOtherRulesAreIgnored() {
        let result = ExampleRunner().run(Self.regexRule([Self.example("// ruleid: other, todo\nTODO\n// ok: todo\nfine\n// ruleid: other\nnothing\n")]))
        #expect(result.passed, "\(result.failures)")
    }

    @Test func runsAWholeCatalog() throws {
        let catalog = Catalog(rules: [Self.regexRule([Self.example("-- ruleid: todo\nTODO\n-- ok: todo\nok\n")])])
        #expect(ExampleRunner().run(catalog).map(\.passed) == [true])
    }
}
