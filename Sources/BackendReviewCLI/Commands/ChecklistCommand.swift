import ArgumentParser
import Checklists
import Foundation

/// `backend-review checklist`: tools for admins who write and tune rules.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Test, lint and list checklist rules.",
        subcommands: [ChecklistTest.self, ChecklistLint.self, ChecklistList.self]
    )
}

/// Runs every rule's own examples: `# ruleid:` lines must be flagged, `# ok:` lines must not.
struct ChecklistTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the rules' examples; a rule without both flagged and clean examples fails."
    )

    @Argument(help: "A checklist directory (default: the bundled checklists).")
    var directory: String?

    func run() throws {
        let catalog = try CatalogLoader.load(directory: directory)
        let results = ExampleRunner().run(catalog)
        var failed = 0
        for result in results {
            if result.passed {
                print("PASS \(result.ruleID)")
            } else {
                failed += 1
                print("FAIL \(result.ruleID)")
                for failure in result.failures { print("  \(failure)") }
            }
        }
        print("\(results.count - failed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }
}

/// Reports every schema error in a checklist directory at once.
struct ChecklistLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check checklist YAML against the rule schema; unknown keys are errors."
    )

    @Argument(help: "The checklist directory to check.")
    var directory: String

    func run() throws {
        let diagnostics = ChecklistLinter.lint(directory: directory)
        for diagnostic in diagnostics { print(diagnostic) }
        if diagnostics.isEmpty {
            print("\(directory): no problems")
        } else {
            FileHandle.standardError.write(Data("\(diagnostics.count) problem(s) in \(directory)\n".utf8))
            throw ExitCode(2)
        }
    }
}

/// Lists the rules by section, with their severity and title.
struct ChecklistList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List rules by section.")

    @Argument(help: "A checklist directory (default: the bundled checklists).")
    var directory: String?

    @Option(help: "Language of the titles: en|es.")
    var lang: String = "en"

    func run() throws {
        let catalog = try CatalogLoader.load(directory: directory)
        let language: Language = lang == "es" ? .es : .en
        // The seed's section order first, then admins' own sections by name.
        let order = { (section: Section) in (Section.builtIn.firstIndex(of: section) ?? Section.builtIn.count, section.rawValue) }
        for (section, rules) in Dictionary(grouping: catalog.rules, by: \.section).sorted(by: { order($0.key) < order($1.key) }) {
            print("\(section) (\(rules.count))")
            for rule in rules.sorted(by: { ($0.severity, $0.id) < ($1.severity, $1.id) }) {
                print("  \(rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(rule.id): \(rule.title[language])")
            }
        }
    }
}

import ReviewCore
