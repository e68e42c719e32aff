import Expertise
import Testing

struct CodecErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var line: Int
        var fragment: String
        var testDescription: String { fragment }
    }

    static let cases: [Case] = [
        Case(text: "version: \"1.0\"\ntasks_handled: many\n", line: 2, fragment: "`tasks_handled` must be a whole number"),
        Case(text: "tasks_handled: -3\n", line: 1, fragment: "`tasks_handled` must be a whole number of 0 or more"),
        Case(text: "success_rate: 1.5\n", line: 1, fragment: "`success_rate` must be between 0 and 1"),
        Case(text: "success_rate: high\n", line: 1, fragment: "`success_rate` must be a number"),
        Case(text: "version: \"1.0\"\n\ndecisions: 3\n", line: 3, fragment: "`decisions` must be a list"),
        Case(text: "blockers: {id: BLK1-001}\n", line: 1, fragment: "`blockers` must be a list"),
        Case(text: "common_files: app/a.py\n", line: 1, fragment: "`common_files` must be a list"),
        Case(text: "context: [a]\n", line: 1, fragment: "`context` must be a mapping"),
        Case(text: "context:\n  anti_patterns:\n    - {a: 1}\n", line: 3, fragment: "`context.anti_patterns[0]` must be text"),
        Case(text: "version: [1, 3]\n", line: 1, fragment: "`version` must be text"),
        Case(text: "decisions:\n  - context: \"x\"\n    confidence_score: 0.9\n", line: 2, fragment: "`decisions[0]` has no `id`"),
        Case(text: "decisions:\n  - id: BE1-001\n    context: x\n", line: 2, fragment: "has no `confidence_score`"),
        Case(text: "decisions:\n  - id: BE1-001\n    confidence_score: 1.2\n", line: 3, fragment: "`decisions[0].confidence_score` must be between 0 and 1"),
        Case(text: "decisions:\n  - id: BE1-001\n    confidence_score: 0.9\n    tags: api\n", line: 4, fragment: "`decisions[0].tags` must be a list"),
        Case(text: "decisions:\n  - id: BE1-001\n    confidence_score: 0.9\n    validated_count: lots\n", line: 4, fragment: "`decisions[0].validated_count` must be a whole number"),
        Case(text: "blockers:\n  - description: x\n", line: 2, fragment: "`blockers[0]` has no `id`"),
        Case(text: "blockers:\n  - id: BLK1-001\n    resolved: maybe\n", line: 3, fragment: "`blockers[0].resolved` must be true or false"),
        Case(text: "blockers:\n  - just text\n", line: 2, fragment: "each blocker must be a mapping"),
        Case(text: "- a\n- b\n", line: 1, fragment: "the memory must be a mapping"),
        Case(text: "version: \"1.0\"\ntasks_handled: 1\ntasks_handled: 2\n", line: 2, fragment: "appears twice"),
        Case(text: "version: \"1.0\nupdated_at: x\n", line: 3, fragment: "YAML syntax error"),
        Case(text: "version: \"1.0\"\ncommon_files: [a, b\nsuccess_rate: 1\n", line: 3, fragment: "YAML syntax error"),
        Case(text: "version: \"1.0\"\n\tdecisions: []\n", line: 2, fragment: "YAML syntax error"),
    ]

    @Test(arguments: cases)
    func wrongTypesAndBrokenSyntaxNameTheLine(_ example: Case) {
        #expect {
            _ = try MemoryCodec.decode(example.text, path: "repo/backend.yaml")
        } throws: { error in
            guard let error = error as? MemoryDecodingError else { return false }
            return error.path == "repo/backend.yaml" && error.line == example.line
                && error.message.contains(example.fragment)
        }
    }

    @Test func describesItselfAsPathLineColumn() {
        do throws(MemoryDecodingError) {
            _ = try MemoryCodec.decode("version: \"1.0\"\ntasks_handled: many\n", path: "a/backend.yaml")
            Issue.record("decoded a file with a wrong type")
        } catch {
            #expect(error.line == 2)
            #expect(error.column == 16)
            #expect(error.description == "a/backend.yaml:2:16: `tasks_handled` must be a whole number of 0 or more, found `many`")
        }
        #expect(MemoryDecodingError(path: "f", line: nil, column: nil, message: "m").description == "f: m")
        #expect(MemoryDecodingError(path: "f", line: 3, column: nil, message: "m").description == "f:3: m")
    }
}
