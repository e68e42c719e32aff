import Expertise
import Testing

struct CodecValidatorTests {
    @Test func aCleanFileHasNoIssues() {
        let memory = ExpertiseMemory(
            version: "1.1", updatedAt: "2026-01-09T14:30:00", tasksHandled: 1, successRate: 1,
            decisions: [Decision(id: "BE1-001", context: "c", decision: "d", confidenceScore: 0.9, lastUsed: "2026-01-09T14:30:00Z")],
            blockers: [Blocker(
                id: "BLK1-001", description: "d", symptom: "s", rootCause: "r", solution: "s", prevention: "p",
                severity: "high", discovered: "2026-01-09")])
        #expect(MemoryValidator.validate(MemoryCodec.encode(memory, repositoryName: "a/b"), path: "m.yaml") == [])
        #expect(MemoryValidator.validate("", path: "m.yaml") == [])
    }

    @Test func theSeedsTemplatePlaceholdersAreFlaggedAtTheirLines() {
        let issues = MemoryValidator.validate(CodecSeedExample.text, path: "backend.yaml")
        #expect(issues.map(\.description) == [
            "backend.yaml:13:9: warning: decision id `BE{ISSUE}-{SEQ}` is not in the seed's form BE<n>-<seq>, e.g. BE109-003",
            "backend.yaml:32:9: warning: blocker id `BLK{ISSUE}-{SEQ}` is not in the seed's form BLK<n>-<seq>, e.g. BLK109-001",
            "backend.yaml:38:15: warning: blocker BLK{ISSUE}-{SEQ} has severity `low|medium|high`; the seed's are low, medium and high",
        ])
    }

    @Test func conventionsAreWarnedAtTheOffendingLine() {
        let text = """
            version: "1.2"
            updated_at: "yesterday"
            decisions:
              - id: BE1-001
                confidence_score: 0.9
                last_used: "2026-13-01T00:00:00"
              - id: BE1-001
                confidence_score: 0.5
              - id: decision-3
                confidence_score: 0.95
            blockers:
              - id: BLK1-001
                severity: critical
                discovered: 2026-01-09T12:00
              - id: BLK1-001
                discovered: "09/01/2026"
            """
        let issues = MemoryValidator.validate(text, path: "m.yaml")
        #expect(issues.allSatisfy { $0.severity == .warning })
        #expect(issues.map { "\($0.line ?? 0): \($0.message)" } == [
            "2: `updated_at` is `yesterday`, not an ISO 8601 time; write e.g. \"2026-01-09T14:30:00\"",
            "6: `decisions[0].last_used` is `2026-13-01T00:00:00`, not an ISO 8601 time; write e.g. \"2026-01-09T14:30:00\"",
            "7: decision id BE1-001 is also used on line 4; give each decision its own id",
            "8: decision BE1-001 has confidence_score 0.5; the seed never keeps decisions below 0.7",
            "9: decision id `decision-3` is not in the seed's form BE<n>-<seq>, e.g. BE109-003",
            "13: blocker BLK1-001 has severity `critical`; the seed's are low, medium and high",
            "15: blocker id BLK1-001 is also used on line 12; give each blocker its own id",
            "16: `blockers[1].discovered` is `09/01/2026`, not an ISO 8601 time; write e.g. \"2026-01-09T14:30:00\"",
        ])
    }

    @Test func aFileThatDoesNotDecodeIsOneError() {
        let issues = MemoryValidator.validate("version: \"1.0\"\ntasks_handled: many\n", path: "m.yaml")
        #expect(issues.map(\.description) == ["m.yaml:2:16: error: `tasks_handled` must be a whole number of 0 or more, found `many`"])
        let syntax = MemoryValidator.validate("a: 1\nb: [1, 2\nc: 3\n", path: "m.yaml")
        #expect(syntax.count == 1)
        #expect(syntax.first?.severity == .error)
        #expect(syntax.first?.line == 3)
    }

    @Test func anUnreadableLedgerIsAWarning() {
        let issues = MemoryValidator.validate("# team header\n# backend-review-ledger: {oops\ntasks_handled: 1\n", path: "m.yaml")
        #expect(issues.count == 1)
        #expect(issues.first?.line == 2)
        #expect(issues.first?.message.contains("not valid JSON") == true)
    }

    @Test(arguments: [
        ("2026-01-09", true), ("2026-01-09T12:00:00", true), ("2026-01-09T14:30:00.000000", true),
        ("2026-01-09T12:00:00Z", true), ("2026-01-09T12:00:00+02:00", true), ("2026-01-09T12:00-0300", true),
        ("2026-01-09T12:00", true), ("2026-1-9", false), ("2026-01-09 12:00:00", false), ("2026-02-30x", false),
        ("2026-01-09T25:00:00", false), ("2026-01-09T12:00:00.", false), ("", false), ("yesterday", false),
    ])
    func timestampsAreCheckedAsISO8601(text: String, valid: Bool) {
        let issues = MemoryValidator.validate("updated_at: \"\(text)\"\n", path: "m")
        #expect(issues.isEmpty == valid)
    }
}
