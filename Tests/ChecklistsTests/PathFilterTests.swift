import Checklists
import Testing

/// Globs are checked through rule paths on a regex rule, which needs no Python index.
struct PathFilterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var include: [String]
        var exclude: [String] = []
        var path: String
        var applies: Bool
        var testDescription: String { "\(include) - \(exclude) on \(path)" }
    }

    static let cases: [Case] = [
        Case(include: ["app/domain/**"], path: "app/domain/services/x.py", applies: true),
        Case(include: ["app/domain/**"], path: "app/domainx/x.py", applies: false),
        Case(include: ["app/domain/**"], path: "lib/app/domain/x.py", applies: false),
        Case(include: ["*.sql"], path: "db/migrations/001.sql", applies: true),
        Case(include: ["**/migrations/versions/*.py"], path: "app/infrastructure/database/migrations/versions/0042_x.py", applies: true),
        Case(include: ["**/migrations/versions/*.py"], path: "migrations/versions/0042_x.py", applies: true),
        Case(include: ["**/migrations/versions/*.py"], path: "migrations/versions/sub/0042_x.py", applies: false),
        Case(include: ["tests/**/test_*.py"], path: "tests/test_a.py", applies: true),
        Case(include: ["app/"], path: "app/x/y.py", applies: true),
        Case(include: ["app/domain"], path: "app/domain/x.py", applies: true),
        Case(include: ["**/.env.*"], path: "deploy/.env.prod", applies: true),
        Case(include: ["app/[a-d]*/x.py"], path: "app/domain/x.py", applies: true),
        Case(include: ["app/[!a-d]*/x.py"], path: "app/domain/x.py", applies: false),
        Case(include: ["app/?.py"], path: "app/a.py", applies: true),
        Case(include: ["**"], exclude: ["tests/**", "**/conftest.py"], path: "app/conftest.py", applies: false),
        Case(include: ["**"], exclude: ["tests/**"], path: "app/main.py", applies: true),
        Case(include: [], path: "anything/at/all.txt", applies: true),
        Case(include: ["app/domain/**"], path: "app//domain/x.py", applies: true),
        Case(include: ["/app/*.py"], path: "app/main.py", applies: true),
        Case(include: ["**/*.py"], path: "a/b.py/c.txt", applies: true),
        Case(include: ["**/tests/**/*.py"], path: "x/tests/y/tests/z.txt", applies: false),
        Case(include: ["**/tests/**/*.py"], path: "x/tests/y/tests/z.py", applies: true),
        Case(include: ["**/*.py"], exclude: ["**/*.py"], path: "app/main.py", applies: false),
    ]

    @Test(arguments: cases)
    func globs(_ item: Case) {
        let matcher = Matcher.regex(RegexSpec(pattern: "x"))
        let lines = flaggedLines(matcher, path: item.path, "x\n", paths: PathFilter(include: item.include, exclude: item.exclude))
        #expect(lines == (item.applies ? [1] : []))
    }
}
