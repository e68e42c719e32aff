import Checklists
import ReviewCore
import Testing

@Suite struct RepositoryConfigTests {
    @Test func parsesEveryKey() throws {
        let config = try RepositoryConfig.parse(Array("""
            disable: [repo-not-extending-base-repository]
            ignore_paths: ["legacy/**", "*.sql"]
            severity:
              async-blocking-file-io: low
            language: es
            fail_on: none
            """.utf8))
        #expect(config.disabledRules == ["repo-not-extending-base-repository"])
        #expect(config.ignores("legacy/a/b.py"))
        #expect(config.ignores("db/x.sql"))
        #expect(!config.ignores("app/x.py"))
        #expect(config.severities["async-blocking-file-io"] == .low)
        #expect(config.language == .es)
        #expect(config.failOn == .some(nil))
    }

    @Test func emptyFileChangesNothing() throws {
        #expect(try RepositoryConfig.parse([]) == RepositoryConfig())
    }

    @Test func reportsEveryProblemWithItsLine() {
        let text = "disable: x\nlanguage: fr\nfail_on: often\nunknown: 1\nseverity:\n  a: huge\n"
        #expect { try RepositoryConfig.parse(Array(text.utf8)) } throws: { error in
            guard let error = error as? ChecklistError else { return false }
            let lines = error.diagnostics.map(\.line)
            return error.diagnostics.count == 4 && lines.contains(2) && lines.contains(3) && lines.contains(4)
                && lines.contains(6)
        }
    }

    @Test func brokenYAMLNamesTheLine() {
        #expect { try RepositoryConfig.parse(Array("disable: [a\nfail_on: x\n".utf8)) } throws: { error in
            (error as? ChecklistError).map { $0.file == ".backend-review.yml" && $0.line >= 1 } ?? false
        }
    }

    @Test func oversizedFileIsRefused() {
        let big = [UInt8](repeating: UInt8(ascii: "#"), count: RepositoryConfig.maxBytes + 1)
        #expect(throws: ChecklistError.self) { try RepositoryConfig.parse(big) }
    }

    @Test func applyDisablesAndOverridesRules() throws {
        let catalog = try Catalog.bundled()
        let config = RepositoryConfig(disabledRules: ["async-blocking-sleep"], severities: ["async-blocking-http": .low])
        let applied = config.apply(to: catalog)
        #expect(applied.rule(id: "async-blocking-sleep") == nil)
        #expect(applied.rule(id: "async-blocking-http")?.severity == .low)
        #expect(applied.rules.count == catalog.rules.count - 1)
        #expect(RepositoryConfig(disabledRules: ["no-such-rule"]).unknownRules(in: catalog) == ["no-such-rule"])
    }
}
