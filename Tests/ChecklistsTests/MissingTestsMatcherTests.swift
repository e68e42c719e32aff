import Checklists
import Testing

struct MissingTestsMatcherTests {
    static let rule = makeRule(
        "missing", .missingTests(MissingTestsSpec(tests: ["tests/**/*.py"])),
        paths: PathFilter(include: ["app/application/use_cases/**"]))

    static func flagged(_ files: [(String, ChangedFile.Status, String)]) -> [String: [Int]] {
        let changes = ChangeSet(files: files.map { ChangedFile(path: $0.0, status: $0.1, source: Array($0.2.utf8)) })
        return Dictionary(grouping: Catalog(rules: [rule]).evaluate(changes), by: \.path).mapValues { $0.map(\.line) }
    }

    @Test func newUseCaseWithoutTestIsFlaggedAtItsFirstDefinition() {
        let result = Self.flagged([
            ("app/application/use_cases/create_campaign.py", .added, "import x\n\n\nclass CreateCampaign:\n    pass\n"),
            ("app/application/use_cases/empty.py", .added, "X = 1\n"),
            ("app/application/use_cases/__init__.py", .added, ""),
            ("app/application/use_cases/old.py", .modified, "class Old: pass\n"),
            ("app/domain/entities/campaign.py", .added, "class Campaign: pass\n"),
        ])
        #expect(result == ["app/application/use_cases/create_campaign.py": [4], "app/application/use_cases/empty.py": [1]])
    }

    @Test func testByNameOrByImportCounts() {
        let result = Self.flagged([
            ("app/application/use_cases/a.py", .added, "class A: pass\n"),
            ("tests/unit/use_cases/test_a.py", .added, "def test_a(): pass\n"),
            ("app/application/use_cases/b.py", .added, "class B: pass\n"),
            ("tests/unit/test_flow.py", .modified, "from app.application.use_cases.b import B\n"),
            ("app/application/use_cases/c.py", .added, "class C: pass\n"),
            ("tests/unit/test_c.py", .deleted, "def test_c(): pass\n"),
        ])
        #expect(result == ["app/application/use_cases/c.py": [1]])
    }

    @Test func onlyImportsOfTheModuleOrSomethingInsideItCount() {
        let result = Self.flagged([
            ("app/application/use_cases/b.py", .added, "class B: pass\n"),
            ("app/application/use_cases/d.py", .added, "class D: pass\n"),
            ("app/application/use_cases/e.py", .added, "class E: pass\n"),
            ("tests/unit/test_parent.py", .added, "import app.application.use_cases\n"),
            ("tests/unit/test_similar.py", .added, "from app.application.use_cases.bb import X\n"),
            ("tests/unit/test_inner.py", .added, "import app.application.use_cases.d.helpers\n"),
            ("tests/unit/test_symbol.py", .added, "from app.application.use_cases.e import E\n"),
        ])
        #expect(result == ["app/application/use_cases/b.py": [1]])
    }
}
