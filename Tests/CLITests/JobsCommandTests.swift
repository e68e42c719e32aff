import Foundation
import JobQueue
import Logging
import Testing

@Suite struct JobsCommandTests {
    /// A data directory with a queue holding one queued job and one dead letter.
    func dataDirectory() async throws -> (URL, dead: Int64, queued: Int64) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jobs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let queue = try await SQLiteJobQueue.open(
            path: directory.appendingPathComponent(SQLiteJobQueue.defaultFileName).path, logger: Logger(label: "test"))
        let dead = try await queue.enqueue(NewJob(
            deliveryID: "github:a", kind: .review, coalesceKey: "github/o/r#1", payload: Data(#"{"ping":{}}"#.utf8))).id
        _ = try await queue.claim(worker: "w", lease: .seconds(60))
        _ = try await queue.fail(dead, worker: "w", error: "GET /repos/o/r/pulls/1 failed (unauthorized 401)", retryable: false)
        let queued = try await queue.enqueue(NewJob(deliveryID: "github:b", kind: .review, coalesceKey: "github/o/r#2", payload: Data())).id
        try await queue.close()
        return (directory, dead, queued)
    }

    @Test func listShowRetryAndPurgeTheQueue() async throws {
        let (data, dead, queued) = try await dataDirectory()
        let list = try await CLIRunner.runOffPool(["jobs", "list", "--data", data.path])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("dead") && list.stdout.contains("queued"))
        #expect(list.stdout.contains("unauthorized 401"))

        let deadOnly = try await CLIRunner.runOffPool(["jobs", "list", "--data", data.path, "--state", "dead", "--json"])
        let listed = try JSONSerialization.jsonObject(with: Data(deadOnly.stdout.utf8)) as? [[String: Any]]
        #expect(listed?.count == 1)

        let show = try await CLIRunner.runOffPool(["jobs", "show", "\(dead)", "--data", data.path])
        #expect(show.status == 0)
        #expect(show.stdout.contains("github:a"))

        let retry = try await CLIRunner.runOffPool(["jobs", "retry", "\(dead)", "--data", data.path])
        #expect(retry.status == 0, "\(retry.stderr)")
        let again = try await CLIRunner.runOffPool(["jobs", "list", "--data", data.path, "--state", "queued", "--json"])
        #expect((try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [[String: Any]])?.count == 2)

        let notDead = try await CLIRunner.runOffPool(["jobs", "retry", "\(queued)", "--data", data.path])
        #expect(notDead.status == 2)
        #expect(notDead.stderr.contains("only dead or done jobs can be retried"))

        let purge = try await CLIRunner.runOffPool(["jobs", "purge", "--state", "done,dead,superseded", "--data", data.path])
        #expect(purge.status == 0, "\(purge.stderr)")
    }

    @Test func aMissingQueueIsAClearError() async throws {
        let result = try await CLIRunner.runOffPool(["jobs", "list", "--data", "/nonexistent-\(UUID().uuidString)"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no job queue at"))
    }
}
