import Checklists
import Foundation
import ReviewCore
import Testing

struct CatalogLoadingTests {
    @Test func bundledCatalogLoadsEverySection() throws {
        let catalog = try Catalog.bundled()
        let sections = Set(catalog.rules.map(\.section))
        #expect(sections == Set(Section.builtIn))
        #expect(catalog.rules.count >= 25)
        #expect(Set(catalog.rules.map(\.id)).count == catalog.rules.count)
    }

    @Test func bundledRulesCarrySeedWeights() throws {
        let catalog = try Catalog.bundled()
        for rule in catalog.rules where rule.section == .rls {
            #expect(rule.severity == .critical, "\(rule.id)")
        }
        for rule in catalog.rules where rule.section == .cleanArchitecture {
            #expect(rule.severity.isAtLeast(.medium), "\(rule.id)")
        }
        #expect(catalog.rule(id: "security-sql-injection")?.severity == .critical)
        #expect(catalog.rule(id: "security-hardcoded-secret")?.severity == .critical)
    }

    @Test func bundledRulesRecordWhereTheyCameFrom() throws {
        let rule = try #require(try Catalog.bundled().rule(id: "async-blocking-sleep"))
        #expect(rule.location.file == "async.yaml")
        #expect(rule.location.line > 1)
    }

    @Test func projectFilesNeededComeFromRules() throws {
        let needed = try Catalog.bundled().projectFilesNeeded
        #expect(needed.isSuperset(of: ["pyproject.toml", "pytest.ini", "setup.cfg"]))
        #expect(Catalog(rules: []).projectFilesNeeded.isEmpty)
    }

    @Test func loadsFilesAndReportsTheFirstProblem() throws {
        let good = try Catalog.load(files: [(name: "a.yaml", text: ruleYAML())])
        #expect(good.rules.map(\.id) == ["sample-rule"])
        #expect(good.rules[0].title == LocalizedText(en: "Title", es: "Título"))

        let error = try #require(throws: ChecklistError.self) {
            try Catalog.load(files: [(name: "b.yaml", text: ruleYAML(severity: "urgent"))])
        }
        #expect(error.file == "b.yaml")
        #expect(error.line == 4)
        #expect(error.ruleID == "sample-rule")
        #expect(error.field == "severity")
        #expect(error.description.contains("b.yaml:4"))
    }

    @Test func loadsADirectory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("checklists-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try ruleYAML(id: "one").write(to: directory.appendingPathComponent("one.yaml"), atomically: false, encoding: .utf8)
        try ruleYAML(id: "two").write(to: directory.appendingPathComponent("two.yml"), atomically: false, encoding: .utf8)
        try "not yaml at all: [".write(to: directory.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
        let catalog = try Catalog.load(directory: directory.path)
        #expect(catalog.rules.map(\.id) == ["one", "two"])
    }

    @Test func missingDirectoryIsAClearError() {
        let error = #expect(throws: ChecklistError.self) {
            try Catalog.load(directory: "/nonexistent/checklists")
        }
        #expect(error?.message.contains("cannot read checklist directory") == true)
    }

    @Test func bundledLoadIsFast() throws {
        let clock = ContinuousClock()
        _ = try Catalog.bundled()
        let elapsed = clock.measure { _ = try? Catalog.bundled() }
        // Debug builds are several times slower than release; this only guards against gross regressions.
        #expect(elapsed < .milliseconds(500))
    }

    @Test func overridesReplaceByIdAndAppendNewRules() throws {
        let base = try Catalog.bundled()
        var stricter = try #require(base.rule(id: "performance-n-plus-one"))
        stricter.severity = .critical
        let extra = makeRule("admin-rule", .regex(RegexSpec(pattern: "x")))
        let merged = base.merged(with: Catalog(rules: [stricter, extra]))
        #expect(merged.rules.count == base.rules.count + 1)
        #expect(merged.rule(id: "performance-n-plus-one")?.severity == .critical)
        #expect(merged.rules.firstIndex { $0.id == "performance-n-plus-one" } == base.rules.firstIndex { $0.id == "performance-n-plus-one" })
        #expect(merged.rules.last?.id == "admin-rule")
    }
}
