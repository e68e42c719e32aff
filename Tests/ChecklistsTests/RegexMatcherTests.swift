import Checklists
import Testing

struct RegexMatcherTests {
    @Test func flagsMatchingLinesWithExclusions() {
        let matcher = Matcher.regex(RegexSpec(pattern: #"(?i)\bBYPASSRLS\b"#, excludeRegex: #"^\s*--"#))
        let sql = "CREATE ROLE a BYPASSRLS;\n-- BYPASSRLS in a comment\nCREATE ROLE b NOBYPASSRLS;\nalter role c bypassrls;\n"
        #expect(flaggedLines(matcher, path: "db/roles.sql", sql) == [1, 4])
    }

    @Test func linesAreCountedInUTF16Correctly() {
        let matcher = Matcher.regex(RegexSpec(pattern: "FIXME"))
        let text = "ñandú 🐍\n— FIXME\nok\n"
        #expect(flaggedLines(matcher, path: "notes.md", text) == [2])
    }
}

extension RegexMatcherTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var pattern: String
        var text: String
        var lines: [Int]
        var testDescription: String { pattern }
    }

    /// The literal prefilter that skips files must never skip a file the regex matches.
    static let prefilterCases: [Case] = [
        Case(pattern: "(?i)(\\bSET\\s+row_security\\s*=\\s*off|\\bBYPASSRLS\\b)", text: "a\nalter role x bypassrls\n", lines: [2]),
        Case(pattern: "(?i)(\\bSET\\s+row_security\\s*=\\s*off|\\bBYPASSRLS\\b)", text: "SET ROW_SECURITY = OFF\n", lines: [1]),
        Case(pattern: "colou?r", text: "color\ncolour\ncolr\n", lines: [1, 2]),
        Case(pattern: "abc|x", text: "x\n", lines: [1]),
        Case(pattern: "(?:prefix)?value", text: "value\n", lines: [1]),
        Case(pattern: "secret{0,1}s", text: "secrets\nsecres\n", lines: [1, 2]),
        Case(pattern: "(?x) pass  word  # comment", text: "password\n", lines: [1]),
        Case(pattern: "[Dd]ebug\\s*=\\s*True", text: "DEBUG = True\ndebug=True\n", lines: [2]),
    ]

    @Test(arguments: prefilterCases)
    func prefilterNeverHidesMatches(_ item: Case) {
        #expect(flaggedLines(.regex(RegexSpec(pattern: item.pattern)), path: "x.txt", item.text) == item.lines)
    }
}
