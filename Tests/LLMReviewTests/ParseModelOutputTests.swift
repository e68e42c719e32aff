import Foundation
import LLMReview
import Testing

struct ParseModelOutputTests {
    static let first = AnalysisFixtures.entry(path: "app/a.py", line: 3, analysis: "Braces } ] { [ inside a string.")
    static let second = AnalysisFixtures.entry(path: "app/b.py", line: 7, endLine: 9, severity: "medium")

    @Test func readsTheSchemaShape() {
        let output = ModelOutputParser.parse(AnalysisFixtures.answer([Self.first, Self.second]))
        #expect(output.foundJSON && !output.truncated && output.dropped.isEmpty)
        #expect(output.candidates.map(\.path) == ["app/a.py", "app/b.py"])
        let second = output.candidates[1]
        #expect(second.line == 7 && second.endLine == 9 && second.severity == "medium")
        #expect(second.section == "clean-architecture" && second.considerations == ["Update the tests."])
        #expect(output.candidates[0].analysis == "Braces } ] { [ inside a string.")
        #expect(output.candidates[0].endLine == nil)
    }

    @Test(arguments: [
        "```json\n{ANSWER}\n```",
        "Here is my review. I found {2} issues [see below]:\n\n```\n{ANSWER}\n```\nLet me know!",
        "The \"findings\" are:\n{ANSWER}\nThanks.",
        "{ANSWER}   \n\n(end of review)",
    ])
    func findsTheJSONAmongProseAndFences(template: String) {
        let text = template.replacingOccurrences(
            of: "{ANSWER}", with: AnalysisFixtures.answer([Self.first, Self.second]))
        let output = ModelOutputParser.parse(text)
        #expect(output.candidates.map(\.path) == ["app/a.py", "app/b.py"])
        #expect(output.dropped.isEmpty && output.foundJSON)
    }

    @Test func readsABareArray() {
        let output = ModelOutputParser.parse("Sure:\n[\(Self.first),\n \(Self.second)]")
        #expect(output.candidates.map(\.path) == ["app/a.py", "app/b.py"])
    }

    @Test func readsASingleObject() {
        let output = ModelOutputParser.parse(Self.second)
        #expect(output.candidates.map(\.path) == ["app/b.py"])
    }

    @Test func keepsTheCompleteFindingsBeforeACut() {
        let whole = AnalysisFixtures.answer([Self.first, Self.second, Self.first])
        // Cut inside the third entry's analysis, right after a brace in the string.
        let cut = String(whole[..<whole.range(of: "Braces }", options: .backwards)!.upperBound])
        let output = ModelOutputParser.parse(cut)
        #expect(output.candidates.map(\.path) == ["app/a.py", "app/b.py"])
        #expect(output.truncated)
        #expect(output.dropped == ["truncated": 1])
    }

    @Test func aCutBetweenEntriesLosesNothing() {
        let output = ModelOutputParser.parse(#"{"findings": ["# + Self.first + ", ")
        #expect(output.candidates.count == 1)
        #expect(output.truncated && output.dropped.isEmpty)
    }

    @Test func countsMalformedEntries() {
        let entries = [
            Self.first, "42", #""just text""#, #"{"path": 3, "line": 1, "severity": "high", "section": "rls", "title": "t"}"#,
            #"{"line": 1, "severity": "high", "section": "rls", "title": "no path"}"#,
            #"{"path": "a.py", "line": "twelve", "severity": "high", "section": "rls", "title": "t"}"#,
            #"{"path": "a.py", "line": 1, "section": "rls", "title": "no severity"}"#,
            #"{"path": "a.py", "line": 1 "severity": "high", "section": "rls", "title": "missing comma"}"#,
            "[1, 2]",
        ]
        let output = ModelOutputParser.parse(AnalysisFixtures.answer(entries))
        #expect(output.candidates.map(\.path) == ["app/a.py"])
        #expect(output.dropped == ["malformed": 8])
    }

    @Test func isLenientAboutValueShapes() throws {
        let text = #"""
            {"findings": [{"path": "./app/x.py", "line": "12", "end_line": 14.0, "severity": "High",
              "section": "Clean Architecture", "title": "t", "analysis": "a", "considerations": "check tests"}]}
            """#
        let candidate = try #require(ModelOutputParser.parse(text).candidates.first)
        #expect(candidate.path == "app/x.py")
        #expect(candidate.line == 12 && candidate.endLine == 14)
        #expect(candidate.severity == "High" && candidate.section == "Clean Architecture")
        #expect(candidate.solution == "" && candidate.why == "")
        #expect(candidate.considerations == ["check tests"])
    }

    @Test(arguments: [#"{"findings": []}"#, #"{"findings": null}"#, "```json\n[]\n```"])
    func readsAnEmptyAnswer(text: String) {
        let output = ModelOutputParser.parse(text)
        #expect(output.foundJSON && output.candidates.isEmpty && output.dropped.isEmpty)
    }

    @Test(arguments: [
        "", "I cannot review this pull request.", "LGTM! Approved. 👍", "{not json at all", "{\"summary\": \"fine\"}",
    ])
    func garbageHoldsNoJSON(text: String) {
        let output = ModelOutputParser.parse(text)
        #expect(output.candidates.isEmpty && output.dropped.isEmpty)
        #expect(!output.foundJSON)
    }
}
