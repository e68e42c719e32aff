import Checklists
import Foundation
import Testing

struct ChecklistLinterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var line: Int
        var ruleID: String?
        var field: String?
        var messagePart: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "broken YAML", text: "rules:\n  - id: x\n    title: [unclosed\n", line: 4, ruleID: nil, field: nil,
            messagePart: "YAML syntax error"),
        Case(
            name: "unknown rule key", text: ruleYAML(extra: "    colour: blue"), line: 19, ruleID: "sample-rule",
            field: "colour", messagePart: "unknown key 'colour'"),
        Case(
            name: "unknown matcher key", text: ruleYAML(match: "kind: regex\n      pattern: x\n      flags: i"), line: 12,
            ruleID: "sample-rule", field: "match.flags", messagePart: "unknown key 'flags'"),
        Case(
            name: "bad severity", text: ruleYAML(severity: "blocker"), line: 4, ruleID: "sample-rule", field: "severity",
            messagePart: "invalid severity 'blocker'"),
        Case(
            name: "bad regex", text: ruleYAML(match: "kind: regex\n      pattern: '(unclosed'"), line: 11,
            ruleID: "sample-rule", field: "match.pattern", messagePart: "invalid regular expression"),
        Case(
            name: "unknown matcher kind", text: ruleYAML(match: "kind: telepathy"), line: 10, ruleID: "sample-rule",
            field: "match.kind", messagePart: "unknown matcher kind 'telepathy'"),
        Case(
            name: "bad glob",
            text: ruleYAML(extra: "    paths:\n      include: ['app/[abc']"), line: 20, ruleID: "sample-rule",
            field: "paths.include", messagePart: "invalid glob"),
        Case(
            name: "bad call pattern", text: ruleYAML(match: "kind: call\n      names: ['time.[sleep']"), line: 11,
            ruleID: "sample-rule", field: "match.names", messagePart: "invalid name pattern"),
        Case(
            name: "missing translation",
            text: ruleYAML().replacingOccurrences(of: "fix: {en: Fix, es: Arreglo}", with: "fix: {en: Fix}"), line: 7,
            ruleID: "sample-rule", field: "fix.es", messagePart: "missing required field 'es'"),
        Case(
            name: "missing message",
            text: ruleYAML().replacingOccurrences(of: "    message: {en: Message, es: Mensaje}\n", with: ""), line: 2,
            ruleID: "sample-rule", field: "message", messagePart: "missing required field 'message'"),
        Case(
            name: "empty title",
            text: ruleYAML().replacingOccurrences(of: "title: {en: Title, es: Título}", with: "title: {en: '', es: Título}"),
            line: 5, ruleID: "sample-rule", field: "title.en", messagePart: "must not be empty"),
        Case(
            name: "missing examples",
            text: ruleYAML().components(separatedBy: "    examples:")[0], line: 2,
            ruleID: "sample-rule", field: "examples", messagePart: "missing required field 'examples'"),
        Case(
            name: "bad within", text: ruleYAML(match: "kind: call\n      names: [x]\n      within: thread"), line: 12,
            ruleID: "sample-rule", field: "match.within", messagePart: "expected any, async or loop"),
        Case(
            name: "not a rules file", text: "- just\n- a list\n", line: 1, ruleID: nil, field: nil,
            messagePart: "expected a mapping"),
    ]

    @Test(arguments: cases)
    func reportsProblemWithLocation(_ item: Case) throws {
        let diagnostics = ChecklistLinter.lint(files: [(name: "rules.yaml", text: item.text)])
        let found = try #require(diagnostics.first { $0.message.contains(item.messagePart) }, "\(diagnostics)")
        #expect(found.file == "rules.yaml")
        #expect(found.line == item.line, "\(found)")
        #expect(found.ruleID == item.ruleID)
        #expect(found.field == item.field)
    }

    @Test func reportsEveryProblemAtOnce() {
        let text = ruleYAML(severity: "urgent", match: "kind: regex\n      pattern: '['", extra: "    colour: red")
        let diagnostics = ChecklistLinter.lint(files: [(name: "rules.yaml", text: text)])
        let fields = Set(diagnostics.compactMap(\.field))
        #expect(fields.isSuperset(of: ["severity", "match.pattern", "colour"]))
    }

    @Test func duplicateIdsAcrossFiles() throws {
        let diagnostics = ChecklistLinter.lint(files: [(name: "a.yaml", text: ruleYAML()), (name: "b.yaml", text: ruleYAML())])
        let duplicate = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(duplicate.file == "b.yaml")
        #expect(duplicate.ruleID == "sample-rule")
        #expect(duplicate.field == "id")
        #expect(duplicate.message.contains("a.yaml:2"))
    }

    @Test func validFilesPass() {
        #expect(ChecklistLinter.lint(files: [(name: "a.yaml", text: ruleYAML())]).isEmpty)
    }

    @Test func bundledChecklistDirectoryIsClean() {
        #expect(ChecklistLinter.lint(directory: repositoryRoot + "/checklists") == [])
    }

    @Test func unreadableDirectoryIsOneDiagnostic() {
        let diagnostics = ChecklistLinter.lint(directory: "/nonexistent/dir")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.file == "/nonexistent/dir")
    }
}

/// The repository root, found from this file's path (Tests/ChecklistsTests/<file>).
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

extension ChecklistLinterTests {
    @Test func failingExamplesAreReported() throws {
        let text = ruleYAML().replacingOccurrences(of: "  TODO fix", with: "  nothing to see")
        let diagnostics = ChecklistLinter.lint(files: [(name: "rules.yaml", text: text)])
        let failure = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(failure.ruleID == "sample-rule")
        #expect(failure.field == "examples")
        #expect(failure.line == 2)
        #expect(failure.message.contains("notes.txt:2: expected a finding, got none: nothing to see"))
        #expect(ChecklistLinter.lint(files: [(name: "rules.yaml", text: text)], runExamples: false).isEmpty)
    }
}
