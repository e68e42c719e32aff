import ArgumentParser
import AsyncHTTPClient
import FakeHost
import Foundation
import Logging
import PostgresNIO
import PostgresSupport

/// `backend-review-bench replicas`: deliveries per second and reviews per second with 1, 2 and 3 `serve` replicas
/// sharing one PostgreSQL database, against the fake host; one SQLite replica in the same process as the baseline.
///
/// Each run starts the replicas on a fresh schema, opens `--pull-requests` new pull requests (a generated project of
/// `--lines` lines each), and sends one delivery per pull request round-robin, `--in-flight` at a time. Deliveries
/// per second: until the last one is answered 202. Reviews per second: until the fake host has every pull request's
/// final commit status. Medians over `--runs` runs; the first run of each setting is a warm-up and not counted.
struct ReplicasBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replicas",
        abstract: "Deliveries/s and reviews/s of 1, 2 and 3 replicas on one PostgreSQL database (medians, ratios to 1)."
    )

    @Option(help: "The backend-review executable to run as the replicas.")
    var server: String = ".build/release/backend-review"

    @Option(help: "The PostgreSQL server (default: $BACKEND_REVIEW_DATABASE_URL); each run uses and drops its own schema.")
    var databaseURL: String?

    @Option(help: "Replica counts to measure, comma-separated.")
    var replicas: String = "1,2,3"

    @Option(help: "Pull requests (one delivery each) per run.")
    var pullRequests: Int = 200

    @Option(help: "Lines of Python in each pull request.")
    var lines: Int = 200

    @Option(help: "Deliveries in flight at once.")
    var inFlight: Int = 16

    @Option(help: "Review workers per replica (worker.concurrency).")
    var workers: Int = 2

    @Option(help: "Timed runs per setting (plus one warm-up).")
    var runs: Int = 3

    @Option(help: "Repositories the pull requests are spread over (each has its own expertise memory).")
    var repositories: Int = 1

    @Flag(help: "Turn the expertise memory off (expertise.enabled: false), to see its share of the cost.")
    var noMemory = false

    func run() async throws {
        guard let url = databaseURL ?? ProcessInfo.processInfo.environment["BACKEND_REVIEW_DATABASE_URL"] else {
            throw ValidationError("pass --database-url postgres://... or set BACKEND_REVIEW_DATABASE_URL")
        }
        let counts = replicas.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !counts.isEmpty, counts.allSatisfy({ (1...8).contains($0) }) else {
            throw ValidationError("--replicas wants counts from 1 to 8, e.g. 1,2,3")
        }
        var generator = ProjectGenerator(seed: 11)
        let files = generator.generate(lines: lines)
        guard (1...100).contains(repositories) else { throw ValidationError("--repositories wants 1 to 100") }
        let fixture = ReplicaFixture(files: files, repositories: repositories)
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; each run: \(pullRequests) pull requests of "
            + "\(files.count) files, \(files.reduce(0) { $0 + $1.lineCount }) lines; \(workers) workers per replica; "
            + "\(inFlight) deliveries in flight; \(repositories) repositories; memory \(noMemory ? "off" : "on"); "
            + "median of \(runs) runs after a warm-up")

        var settings: [(name: String, replicas: Int, database: String?)] = [("sqlite", 1, nil)]
        settings += counts.map { ("postgres", $0, url) }
        var results: [(name: String, replicas: Int, deliveries: Double, reviews: Double)] = []
        var nextNumber = 1
        for setting in settings {
            var deliveries: [Double] = [], reviews: [Double] = []
            for run in 0...runs {
                let measured = try await measure(
                    fixture: fixture, replicas: setting.replicas, database: setting.database, firstNumber: nextNumber)
                nextNumber += pullRequests
                if run > 0 {
                    deliveries.append(measured.deliveries)
                    reviews.append(measured.reviews)
                }
            }
            let row = (setting.name, setting.replicas, DeliveryBench.percentile(deliveries, 0.5), DeliveryBench.percentile(reviews, 0.5))
            results.append(row)
            print(String(format: "%@ × %d: deliveries/s %.1f (runs %@), reviews/s %.1f (runs %@)",
                         setting.name, setting.replicas, row.2, Self.list(deliveries), row.3, Self.list(reviews)))
        }
        guard let single = results.first(where: { $0.name == "postgres" && $0.replicas == 1 }) else { return }
        print("\nreplicas  store     deliveries/s  reviews/s  deliveries vs 1  reviews vs 1")
        for row in results {
            print(String(format: "%8d  %-8@  %12.1f  %9.1f  %15.2f  %12.2f", row.replicas, row.name, row.deliveries, row.reviews,
                         row.deliveries / single.deliveries, row.reviews / single.reviews))
        }
    }

    /// One run: fresh schema and data directories, `replicas` servers, all deliveries, all reviews.
    private func measure(
        fixture: ReplicaFixture, replicas: Int, database: String?, firstNumber: Int
    ) async throws -> (deliveries: Double, reviews: Double) {
        let fake = try await FakeHostServer.start()
        let numbers = Array(firstNumber..<(firstNumber + pullRequests))
        fixture.seed(fake, numbers: numbers)
        let schema = "bench_" + UUID().uuidString.lowercased().filter { $0 != "-" }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("replicas-bench-\(UUID().uuidString)")
        var environment = [
            "BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET": ReplicaFixture.secret, "BACKEND_REVIEW_GITHUB_TOKEN": ReplicaFixture.token,
            "BACKEND_REVIEW_GITHUB_API_URL": fake.baseURL(for: .github), "BACKEND_REVIEW_SERVER_BIND": "127.0.0.1",
            "BACKEND_REVIEW_SERVER_LOG_LEVEL": "warning", "BACKEND_REVIEW_GITHUB_WRITES_PER_MINUTE": "0",
            "BACKEND_REVIEW_WORKER_CONCURRENCY": String(workers),
            "BACKEND_REVIEW_EXPERTISE_ENABLED": noMemory ? "false" : "true",
        ]
        if let database { environment["BACKEND_REVIEW_DATABASE_URL"] = try Self.withSchema(database, schema) }
        var servers: [ServerLauncher] = []
        defer {
            for server in servers { server.stop() }
            try? FileManager.default.removeItem(at: root)
        }
        for index in 0..<replicas {
            servers.append(try ServerLauncher.start(
                executable: server, data: root.appendingPathComponent("replica-\(index)"), environment: environment))
        }
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let ports = servers.map(\.port)
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, number) in numbers.enumerated() {
                if index >= inFlight { try await group.next() }
                group.addTask {
                    let status = try await DeliveryBench.post(
                        client, port: ports[index % ports.count], body: fixture.payload(number: number),
                        secret: ReplicaFixture.secret, delivery: "replicas-\(number)")
                    guard status == 202 else { throw ValidationError("delivery answered \(status)") }
                }
            }
            try await group.waitForAll()
        }
        let accepted = ContinuousClock.now
        var pending = Set(numbers)
        while !pending.isEmpty {
            pending = pending.filter { fixture.isPending(fake, number: $0) }
            if ContinuousClock.now - accepted > .seconds(600) { throw ValidationError("\(pending.count) reviews missing after 600 s") }
            if !pending.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
        }
        let reviewed = ContinuousClock.now
        try await client.shutdown()
        await fake.stop()
        if let database { try await Self.dropSchema(database, schema) }
        let count = Double(pullRequests)
        return (count / Self.seconds(accepted - started), count / Self.seconds(reviewed - started))
    }

    static func withSchema(_ url: String, _ schema: String) throws -> String {
        guard var components = URLComponents(string: url) else { throw ValidationError("--database-url is not a URL") }
        components.queryItems = (components.queryItems ?? []).filter { $0.name != "schema" } + [URLQueryItem(name: "schema", value: schema)]
        return components.string ?? url
    }

    static func dropSchema(_ url: String, _ schema: String) async throws {
        let target = try PostgresTarget(url: url)
        let pool = PostgresPool.connect(target, maximumConnections: 1, logger: Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() })
        do {
            try await pool.client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \"\(schema)\" CASCADE"))
        } catch {
            await pool.close()
            throw ValidationError("cannot drop schema \(schema) at \(target.location): \(PostgresPool.reason(error))")
        }
        await pool.close()
    }

    static func seconds(_ duration: Duration) -> Double { DeliveryBench.ms(duration) / 1000 }

    static func list(_ values: [Double]) -> String { values.map { String(format: "%.1f", $0) }.joined(separator: " ") }
}

/// The pull requests of a replicas run: the same generated files at a new head commit for each number, spread
/// round-robin over `acme/bench-1` ... `acme/bench-N`.
struct ReplicaFixture: Sendable {
    static let secret = "bench-secret"
    static let token = "bench-token"
    let files: [(path: String, text: String)]
    let diff: String
    let repositories: Int

    init(files: [GeneratedFile], repositories: Int) {
        self.files = files.map { ($0.path, $0.text) }
        diff = String(decoding: GeneratorDiff.addingAll(files), as: UTF8.self)
        self.repositories = repositories
    }

    static func head(_ number: Int) -> String { String(format: "%040x", 0xb0_0000 + number) }

    func repository(_ number: Int) -> String { "bench-\(number % repositories + 1)" }

    func seed(_ fake: FakeHostServer, numbers: [Int]) {
        for index in 0..<repositories { _ = fake.addRepository(.github, owner: "acme", name: "bench-\(index + 1)") }
        fake.setToken(.github, Self.token)
        for number in numbers {
            let head = Self.head(number), repo = "acme/" + repository(number)
            for file in files { fake.setFile(.github, repo, ref: head, path: file.path, contents: file.text) }
            fake.addPullRequest(.github, repo, number: number, headSHA: head, baseSHA: String(repeating: "0", count: 40), diff: diff)
        }
    }

    func payload(number: Int) -> Data { DeliveryBench.payload(number: number, head: Self.head(number), name: repository(number)) }

    func isPending(_ fake: FakeHostServer, number: Int) -> Bool {
        fake.statuses(.github, "acme/" + repository(number), sha: Self.head(number)).allSatisfy { $0.state == "pending" }
    }
}
