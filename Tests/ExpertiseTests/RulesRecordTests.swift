import Expertise
import Foundation
import ReviewCore
import Testing

/// Seed §9 "Post-Tarea": counters, version, success rate, task keys, common_files.
struct RulesRecordTests {
    typealias F = RulesFixtures

    @Test func aReviewUpdatesTheSeedCounters() {
        var memory = ExpertiseMemory(
            version: "1.3", updatedAt: "2026-01-09T14:30:00.000000", tasksHandled: 5, successRate: 1,
            ledger: MemoryLedger(completed: 5))
        let recorded = memory.recordReview(F.record([]), settings: ExpertiseSettings(), now: F.now)
        #expect(recorded)
        #expect(memory.version == "1.4")
        #expect(memory.updatedAt == "2026-03-01T12:00:00Z")
        #expect(memory.tasksHandled == 6)
        #expect(memory.ledger.completed == 6)
        #expect(memory.successRate == 1)
    }

    @Test(arguments: [("1.3", "1.4"), ("2", "2.1"), ("1.9", "1.10"), ("3.0.7", "3.1"), ("junk", "1.1"), ("", "1.1"),
                      ("v1.2", "1.1")])
    func theMinorVersionGoesUp(before: String, after: String) {
        var memory = ExpertiseMemory(version: before)
        memory.recordReview(F.record([]), settings: ExpertiseSettings(), now: F.now)
        #expect(memory.version == after)
    }

    @Test func successRateIsCompletedOverCompletedAndFailed() {
        var memory = ExpertiseMemory(tasksHandled: 3, successRate: 0.75, ledger: MemoryLedger(completed: 3, failed: 1))
        memory.recordReview(F.record([]), settings: ExpertiseSettings(), now: F.now)
        #expect(memory.successRate == 0.8)
        memory.recordFailure(taskKey: nil, settings: ExpertiseSettings(), now: F.now)
        #expect(memory.successRate == 0.6667)
        #expect(memory.tasksHandled == 4)
    }

    @Test func aFailedReviewChangesOnlyTheSuccessRate() {
        let before = ExpertiseMemory(
            version: "1.3", updatedAt: "2026-01-09T14:30:00Z", tasksHandled: 4, successRate: 1,
            commonFiles: ["app/a.py"], decisions: [F.decision("BE1-001")], blockers: [F.blocker("BLK1-001")],
            ledger: MemoryLedger(completed: 4, flaggedFiles: ["app/a.py": 2]))
        var memory = before
        let recorded = memory.recordFailure(taskKey: "job-9", settings: ExpertiseSettings(), now: F.now)
        #expect(recorded)
        var expected = before
        expected.successRate = 0.8
        expected.ledger.failed = 1
        expected.ledger.recentTasks = ["job-9"]
        #expect(memory == expected)
    }

    @Test func aTaskKeyIsRecordedOnce() {
        var memory = ExpertiseMemory()
        let record = F.record([F.finding()], taskKey: "job-1")
        let first = memory.recordReview(record, settings: ExpertiseSettings(), now: F.now)
        #expect(first)
        let once = memory
        let retried = memory.recordReview(record, settings: ExpertiseSettings(), now: F.days(1))
        let failedRetry = memory.recordFailure(taskKey: "job-1", settings: ExpertiseSettings(), now: F.days(1))
        #expect(!retried && !failedRetry)
        #expect(memory == once)
        #expect(memory.tasksHandled == 1)
    }

    @Test func recentTaskKeysAreCapped() {
        var memory = ExpertiseMemory()
        let settings = ExpertiseSettings(maxRecentTasks: 2)
        for key in ["a", "b", "c"] {
            memory.recordReview(F.record([], taskKey: key), settings: settings, now: F.now)
        }
        #expect(memory.ledger.recentTasks == ["b", "c"])
        // The oldest key fell out of the window, so it counts again.
        let again = memory.recordReview(F.record([], taskKey: "a"), settings: settings, now: F.now)
        #expect(again)
        #expect(memory.tasksHandled == 4)
    }

    @Test func commonFilesAreTheMostFlaggedTopN() {
        var memory = ExpertiseMemory()
        let settings = ExpertiseSettings(commonFilesCount: 2)
        let findings = [
            F.finding(path: "app/c.py", line: 1), F.finding(path: "app/c.py", line: 2),
            F.finding(path: "app/a.py", line: 1), F.finding(path: "app/b.py", line: 1),
        ]
        memory.recordReview(F.record(findings), settings: settings, now: F.now)
        // c has 2; a and b tie at 1 and a wins by path.
        #expect(memory.commonFiles == ["app/c.py", "app/a.py"])
        memory.recordReview(F.record([F.finding(path: "app/b.py", line: 5), F.finding(path: "app/b.py", line: 6)]),
                            settings: settings, now: F.now)
        #expect(memory.commonFiles == ["app/b.py", "app/c.py"])
        #expect(memory.ledger.flaggedFiles == ["app/a.py": 1, "app/b.py": 3, "app/c.py": 2])
    }

    @Test func aReReviewOfTheSamePushDoesNotInflateTheFileTally() {
        var memory = ExpertiseMemory()
        let findings = [F.finding(path: "app/a.py", line: 1), F.finding(path: "app/b.py", line: 2)]
        memory.recordReview(F.record(findings, taskKey: "job-1"), settings: ExpertiseSettings(), now: F.now)
        memory.recordReview(F.record(findings, taskKey: "job-2"), settings: ExpertiseSettings(), now: F.now)
        #expect(memory.tasksHandled == 2)
        #expect(memory.ledger.flaggedFiles == ["app/a.py": 1, "app/b.py": 1])
        // The same lines in another pull request are new instances.
        memory.recordReview(F.record(findings, subject: "#13", number: 13, taskKey: "job-3"), settings: ExpertiseSettings(), now: F.now)
        #expect(memory.ledger.flaggedFiles == ["app/a.py": 2, "app/b.py": 2])
    }

    @Test func theFileTallyKeepsTheMostFlaggedUnderItsCap() {
        var memory = ExpertiseMemory(ledger: MemoryLedger(flaggedFiles: ["old.py": 1, "hot.py": 9]))
        let settings = ExpertiseSettings(commonFilesCount: 5, maxTrackedFiles: 2)
        memory.recordReview(F.record([F.finding(path: "new.py"), F.finding(path: "new.py", line: 20)]),
                            settings: settings, now: F.now)
        #expect(memory.ledger.flaggedFiles == ["hot.py": 9, "new.py": 2])
        #expect(memory.commonFiles == ["hot.py", "new.py"])
    }

    @Test func aCleanReviewLeavesCommonFilesAsWritten() {
        var memory = ExpertiseMemory(commonFiles: ["app/models.py"])
        memory.recordReview(F.record([]), settings: ExpertiseSettings(), now: F.now)
        #expect(memory.commonFiles == ["app/models.py"])
    }

    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"), (1_772_366_400.75, "2026-03-01T12:00:00Z"),
        (-86_401, "1969-12-30T23:59:59Z"), (4_102_444_799, "2099-12-31T23:59:59Z"),
    ])
    func timestampsAreISO8601InUTC(seconds: Double, text: String) {
        #expect(MemoryTimestamp.string(from: Date(timeIntervalSince1970: seconds)) == text)
        #expect(MemoryTimestamp.date(from: text) == Date(timeIntervalSince1970: seconds.rounded(.down)))
    }

    @Test(arguments: [
        ("2026-01-09T12:00:00", 1_767_960_000.0), ("2026-01-09T14:30:00.000000", 1_767_969_000),
        ("2026-01-09T12:00:00+02:00", 1_767_952_800), ("2026-01-09T12:00:00-03:00", 1_767_970_800),
        ("2026-01-09", 1_767_916_800),
    ])
    func timestampsPeopleWriteAreRead(text: String, seconds: Double) {
        #expect(MemoryTimestamp.date(from: text) == Date(timeIntervalSince1970: seconds))
    }

    @Test(arguments: ["", "yesterday", "2026-13-01", "2026-01-09T25:00:00", "2026-01-09T12:00:00 junk"])
    func unreadableTimestampsAreNil(text: String) {
        #expect(MemoryTimestamp.date(from: text) == nil)
    }
}
