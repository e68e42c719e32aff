import Expertise
import FakeHost
import Foundation
import Testing

/// The memory's integrity claim with real separate processes: 150 `replay` reviews and 50 `replay` comment
/// commands of one repository, all running at once against the fake host, each a `backend-review` process
/// that loads, changes and writes the same memory file.
struct ExpertiseConcurrencyTests {
    static let token = "concurrency-token-5e1d"
    static let head = "4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39"
    static let base = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"
    static let fixtures = CLIRunner.repositoryRoot.appendingPathComponent("Tests/HostsTests/Fixtures/payloads/github")

    static let diff = """
        diff --git a/app/services/espera.py b/app/services/espera.py
        new file mode 100644
        index 0000000..1111111
        --- /dev/null
        +++ b/app/services/espera.py
        @@ -0,0 +1,6 @@
        +import time
        +
        +
        +async def handler():
        +    time.sleep(1)
        +    return 1

        """

    /// The sample delivery's repository object, so the comment names the same repository as the review.
    static func sampleRepository() throws -> Any {
        let sample = CLIRunner.repositoryRoot.appendingPathComponent("webhooks/github/sample-pull-request.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: sample)) as! [String: Any]
        return json["repository"]!
    }

    /// A real `issue_comment` delivery on a pull request (go-playground/webhooks testdata), aimed at PR 42.
    static func commentPayload(id: Int, body: String, author: String) throws -> Data {
        let url = fixtures.appendingPathComponent("extra/go-playground-webhooks/pull-request-issue-comment.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        json["repository"] = try sampleRepository()
        var issue = json["issue"] as! [String: Any]
        issue["number"] = 42
        json["issue"] = issue
        var comment = json["comment"] as! [String: Any]
        comment["id"] = id
        comment["body"] = body
        var user = comment["user"] as! [String: Any]
        user["login"] = author
        comment["user"] = user
        json["comment"] = comment
        return try JSONSerialization.data(withJSONObject: json)
    }

    @Test(.timeLimit(.minutes(10)))
    func twoHundredConcurrentProcessesLoseNoUpdate() async throws {
        let fake = try await FakeHostServer.start()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("concurrency-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        _ = fake.addRepository(.github, owner: "Codertocat", name: "Hello-World", defaultBranch: "master")
        fake.setToken(.github, Self.token)
        fake.setPermission(.github, repository: "Codertocat/Hello-World", user: "maintainer", permission: .write)
        fake.setFile(.github, "Codertocat/Hello-World", ref: Self.head, path: "app/services/espera.py",
                     contents: "import time\n\n\nasync def handler():\n    time.sleep(1)\n    return 1\n")
        fake.addPullRequest(
            .github, "Codertocat/Hello-World", number: 42, title: "Agrega el manejador de espera", body: "",
            author: "dev", headRef: "feature", headSHA: Self.head, baseRef: "master", baseSHA: Self.base, diff: Self.diff)

        let review = CLIRunner.repositoryRoot.appendingPathComponent("webhooks/github/sample-pull-request.json").path
        var comments: [String] = []
        for index in 0..<50 {
            let file = work.appendingPathComponent("comment-\(index).json")
            try Self.commentPayload(
                id: 900_000 + index, body: "@backend-review ignore async-blocking-sleep in tests/**", author: "maintainer"
            ).write(to: file)
            comments.append(file.path)
        }
        let data = work.appendingPathComponent("data").path
        var environment = ProcessInfo.processInfo.environment
        environment["BACKEND_REVIEW_GITHUB_TOKEN"] = Self.token
        environment["BACKEND_REVIEW_GITHUB_API_URL"] = fake.baseURL(for: .github)
        environment["BACKEND_REVIEW_GITHUB_WRITES_PER_MINUTE"] = "0"

        var runs: [[String]] = (0..<150).map { _ in ["replay", review, "--host", "github", "--data", data] }
        runs += comments.map { ["replay", $0, "--host", "github", "--event", "issue_comment", "--data", data] }
        runs.shuffle()
        let results = try await ConcurrentProcesses.run(runs, environment: environment, logs: work)
        let failed = results.filter { $0.status != 0 }.count
        #expect(failed == 0, "first failure: \(results.first { $0.status != 0 }?.stderr ?? "")")

        let store = FileExpertiseStore(dataDirectory: data)
        let loaded = try await store.load(.repository(host: "github", path: "Codertocat/Hello-World"))
        #expect(loaded.problem == nil)
        let memory = try #require(loaded.memory)
        #expect(memory.tasksHandled == 200)
        #expect(memory.ledger.completed == 200)
        let ignore = try #require(memory.decisions.first { $0.tags.contains("scope:tests/**") })
        #expect(ignore.validatedCount == 50)
        let blocker = try #require(memory.blockers.first { $0.tags.contains("rule:async-blocking-sleep") })
        #expect(blocker.occurrences >= 1)
        let path = try store.fileURL(for: .repository(host: "github", path: "Codertocat/Hello-World"))
        let validate = try await CLIRunner.runOffPool(["expertise", "validate", "--file", path])
        #expect(validate.status == 0, "\(validate.stdout)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
            .filter { $0 != "backend.yaml" && $0 != "backend.yaml.lock" }
        #expect(leftovers.isEmpty, "\(leftovers)")
        // Every command was answered on the pull request.
        #expect(fake.issueComments(.github, "Codertocat/Hello-World", number: 42).filter { !$0.body.contains("backend-review:summary") }.count >= 50)
        await fake.stop()
    }
}

/// Starts every command at once (real processes) and waits for all of them.
enum ConcurrentProcesses {
    struct Result: Sendable {
        var status: Int32
        var stderr: String
    }

    static func run(_ runs: [[String]], environment: [String: String], logs: URL) async throws -> [Result] {
        var started: [(Process, URL)] = []
        for (index, arguments) in runs.enumerated() {
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = arguments
            process.environment = environment
            process.currentDirectoryURL = CLIRunner.repositoryRoot
            let log = logs.appendingPathComponent("process-\(index).log")
            FileManager.default.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = handle
            process.standardInput = FileHandle.nullDevice
            try process.run()
            try handle.close()
            started.append((process, log))
        }
        var results: [Result] = []
        for (process, log) in started {
            while process.isRunning { try await Task.sleep(for: .milliseconds(50)) }
            let stderr = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            results.append(Result(status: process.terminationStatus, stderr: stderr))
        }
        return results
    }
}
