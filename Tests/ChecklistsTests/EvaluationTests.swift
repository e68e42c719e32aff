import Checklists
import ReviewCore
import Testing

struct EvaluationTests {
    static let todo = makeRule("todo", .regex(RegexSpec(pattern: "TODO")))

    @Test func findingsCarryRuleTextsSnippetAndNoFingerprint() throws {
        var rule = Self.todo
        rule.considerations = [LocalizedText(en: "c", es: "c")]
        let changes = ChangeSet(files: [ChangedFile(path: "a.txt", status: .modified, source: Array("ok\r\n  TODO: x\r\n".utf8))])
        let finding = try #require(Catalog(rules: [rule]).evaluate(changes).first)
        #expect(finding.ruleID == "todo")
        #expect(finding.line == 2)
        #expect(finding.endLine == 2)
        #expect(finding.snippet == "  TODO: x")
        #expect(finding.fingerprint.isEmpty)
        #expect(finding.origin == .rule)
        #expect(finding.considerations.count == 1)
        #expect(finding.severity == rule.severity)
    }

    @Test func deletedAndContentlessFilesAreSkipped() {
        let changes = ChangeSet(files: [
            ChangedFile(path: "gone.txt", status: .deleted, source: Array("TODO".utf8)),
            ChangedFile(path: "binary.bin", status: .modified, source: nil),
        ])
        #expect(Catalog(rules: [Self.todo]).evaluate(changes).isEmpty)
    }

    @Test func manyFilesInParallelGiveSortedDeterministicResults() {
        let files = (0..<200).map { ChangedFile(path: "f\($0 % 10)/\($0).txt", status: .added, source: Array("a\nTODO\nTODO\n".utf8)) }
        let catalog = Catalog(rules: [Self.todo, makeRule("b", .regex(RegexSpec(pattern: "^a$")))])
        let first = catalog.evaluate(ChangeSet(files: files))
        #expect(first.count == 600)
        #expect(first == catalog.evaluate(ChangeSet(files: files)))
        #expect(first == first.sorted { ($0.path, $0.line, $0.ruleID) < ($1.path, $1.line, $1.ruleID) })
    }

    @Test func pythonRulesSkipOtherFiles() {
        let matcher = Matcher.call(CallSpec(names: ["time.sleep"]))
        #expect(flaggedLines(matcher, path: "notes.txt", "time.sleep(1)\n").isEmpty)
    }

    @Test func invalidCodeNeverCrashes() {
        let catalog = (try? Catalog.bundled()) ?? Catalog(rules: [])
        let garbage = [
            "def (:\n  )))\n\"\"\"unterminated", "class\n\tasync for await\n", "\u{0}\u{1}", "f'{'\n", "",
            "op.create_table(\"t\", sa.Column(\"business_id\"", "async def f():\n    for x in y:\n        await self.a_repo.get(",
            "x = text(f\"SELECT {", "@pytest.mark.asyncio\nasync def test_", "class A(BaseModel\n    x: Repo",
            "CREATE TABLE t (business_id", "password = '", "jwt.decode(token, options={",
        ]
        let directories = ["app/application/use_cases", "app/domain", "app/presentation/api", "app/infrastructure/repositories",
                           "alembic/versions", "tests"]
        var files: [ChangedFile] = []
        for (offset, text) in garbage.enumerated() {
            for directory in directories {
                files.append(ChangedFile(path: "\(directory)/g\(offset).py", status: .added, source: Array(text.utf8)))
                files.append(ChangedFile(path: "\(directory)/g\(offset).sql", status: .added, source: Array(text.utf8)))
            }
        }
        let findings = catalog.evaluate(ChangeSet(files: files))
        #expect(findings.allSatisfy { $0.line >= 1 })
    }
}
