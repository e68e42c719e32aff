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
