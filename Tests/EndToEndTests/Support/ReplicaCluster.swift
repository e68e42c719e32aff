import AsyncHTTPClient
import Checklists
import FakeHost
import Hosts
import Foundation
import ReviewCore
import ReviewEngine
import ReviewService

/// Several `serve` replicas sharing one PostgreSQL schema and one data directory (a shared volume), and a
/// round-robin "load balancer" that skips a dead replica the way a health-checked one would.
final class ReplicaCluster: @unchecked Sendable {
    /// The test server, when one is configured.
    static let databaseURL = ProcessInfo.processInfo.environment["BACKEND_REVIEW_TEST_DATABASE_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }
    /// A password the test server (trusting loopback) does not need: it must never reach a log.
    static let password = "replica-db-pw-5e1d"

    let url: String
    let schema = "e2e_" + UUID().uuidString.lowercased().filter { $0 != "-" }
    let data: URL
    private var servers: [ServerProcess?]

    /// Starts `replicas` servers on a fresh schema of the test database.
    init(scenario: Scenario, replicas: Int) throws {
        guard let base = Self.databaseURL, var components = URLComponents(string: base) else {
            throw ServerProcessError(message: "BACKEND_REVIEW_TEST_DATABASE_URL is not a URL")
        }
        components.password = Self.password
        components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "schema", value: schema)]
        url = components.string!
        data = FileManager.default.temporaryDirectory.appendingPathComponent("replicas-\(UUID().uuidString)")
        let environment = scenario.environment(extra: [
            "BACKEND_REVIEW_DATABASE_URL": url,
            // A killed replica's jobs are claimable again once their lease runs out.
            "BACKEND_REVIEW_WORKER_LEASE_SECONDS": "10",
            "BACKEND_REVIEW_GITHUB_WRITES_PER_MINUTE": "0",
            "BACKEND_REVIEW_SERVER_LOG_LEVEL": "warning",
        ])
        servers = []
        for _ in 0..<replicas {
            servers.append(try ServerProcess(data: data, environment: environment))
        }
    }

    /// Sends one delivery to replica `index % replicas`, or to the next live one when that one is down.
    func deliver(client: HTTPClient, delivery: String, body: Data, index: Int) async throws -> Deliveries.Answer {
        var lastError: (any Error)?
        for offset in 0..<servers.count {
            guard let server = servers[(index + offset) % servers.count] else { continue }
            do {
                return try await Deliveries(client: client, server: server.baseURL, secret: Scenario.secret)
                    .send(host: "github", event: "pull_request", delivery: delivery, body: body)
            } catch {
                lastError = error
            }
        }
        throw lastError ?? ServerProcessError(message: "no replica is up")
    }

    /// `kill -9` of replica `index`; the balancer stops sending to it.
    func kill(_ index: Int) {
        servers[index]?.kill9()
        servers[index] = nil
    }

    /// The end of every replica's log, for failure messages.
    var logTail: String {
        servers.compactMap { $0?.logText.suffix(4_000) }.joined(separator: "\n---\n")
    }

    /// Runs the CLI against the cluster's database and data directory; returns standard output.
    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = ServerProcess.executable
        process.arguments = arguments + ["--data", data.path]
        process.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "BACKEND_REVIEW_DATABASE_URL": url,
        ]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ServerProcessError(message: "\(arguments) exited \(process.terminationStatus): \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The id of a job replica `index` is running now (its worker id ends in its pid); waits up to a minute for one.
    func jobHeld(byReplica index: Int) async throws -> String {
        guard let pid = servers[index]?.process.processIdentifier else { throw ServerProcessError(message: "replica \(index) is down") }
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let held = try jobs(states: "running").first { ($0["lease_owner"] as? String)?.hasSuffix(":\(pid)") == true }
            if let id = held?["id"] as? Int { return String(id) }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw ServerProcessError(message: "replica \(index) ran no job for a minute")
    }

    /// `jobs list --json` for `states` (comma-separated), through the CLI on the shared database.
    func jobs(states: String) throws -> [[String: Any]] {
        let text = try run(["jobs", "list", "--state", states, "--json"])
        guard let jobs = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else {
            throw ServerProcessError(message: "jobs list printed \(text)")
        }
        return jobs
    }

    /// Stops the live replicas and drops the schema (best effort: `psql` is there wherever the server is).
    func stop() {
        for server in servers { _ = server?.terminate() }
        servers = servers.map { _ in nil }
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        psql.arguments = ["psql", Self.databaseURL ?? "", "-q", "-c", "DROP SCHEMA IF EXISTS \(schema) CASCADE"]
        psql.standardOutput = FileHandle.nullDevice
        psql.standardError = FileHandle.nullDevice
        try? psql.run()
        psql.waitUntilExit()
        try? FileManager.default.removeItem(at: data)
    }

    // MARK: The pull requests

    /// Pull request `number`'s head commit.
    static func sha(_ number: Int) -> String { String(format: "%040x", 0xbe00_0000 + number) }

    static func path(_ number: Int) -> String { "app/api/v1/pr_\(number).py" }

    static let source = """
        import time

        API_SECRET_KEY = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"


        async def handler():
            time.sleep(1)
            return {"ok": True}

        """

    static func diff(_ number: Int) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        return """
            diff --git a/\(path(number)) b/\(path(number))
            new file mode 100644
            --- /dev/null
            +++ b/\(path(number))
            @@ -0,0 +1,\(lines.count) @@

            """ + lines.map { "+" + $0 }.joined(separator: "\n") + "\n"
    }

    /// Pull request `number` on the fake GitHub: one new file with a hardcoded secret and a blocking call.
    static func seed(_ fake: FakeHostServer, number: Int) {
        let (owner, name, branch, _, _) = Scenario.repository(.github)
        if number == 1 {
            _ = fake.addRepository(.github, owner: owner, name: name, defaultBranch: branch)
            fake.setToken(.github, Scenario.token)
        }
        fake.setFile(.github, "\(owner)/\(name)", ref: sha(number), path: path(number), contents: source)
        fake.addPullRequest(
            .github, "\(owner)/\(name)", number: number, title: "Add handler \(number)", headRef: "feature/\(number)",
            headSHA: sha(number), baseRef: branch, baseSHA: Scenario.baseSHA, diff: diff(number))
    }

    /// The sample GitHub delivery for pull request `number` at its head.
    static func payload(number: Int) throws -> Data {
        var json = try JSONSerialization.jsonObject(with: Scenario.payload(.github, number: number)) as! [String: Any]
        var pullRequest = json["pull_request"] as! [String: Any]
        var head = pullRequest["head"] as! [String: Any]
        head["sha"] = sha(number)
        pullRequest["head"] = head
        pullRequest["title"] = "Add handler \(number)"
        json["pull_request"] = pullRequest
        return try JSONSerialization.data(withJSONObject: json)
    }

    /// The inline comments one correct review of any of these pull requests posts.
    static func expectedInline() throws -> [InlineCommentDraft] {
        let unified = UnifiedDiff(parsing: diff(1))
        let report = try ReviewEngine(catalog: Catalog.bundled()).review(
            diff: unified, contents: InMemoryContentSource(texts: [path(1): source]), description: ["Add handler 1"])
        return PublicationPlan(report: report, diff: unified, existing: [], botLogin: "bot", failOn: nil).inline
    }
}
