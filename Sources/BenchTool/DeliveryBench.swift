import ArgumentParser
import AsyncHTTPClient
import Checklists
import Crypto
import FakeHost
import Foundation
import NIOCore
import ReviewCore
import ReviewEngine

/// `backend-review-bench delivery`: time from a signed delivery to the published review, through the real
/// `serve` process and the fake host, for a generated pull request (rules only).
///
/// Each run opens a new pull request; the clock starts before the POST and stops when the fake host has the
/// final commit status (posted after the inline comments and the summary). Baseline in the same process:
/// the engine alone reviewing the same pull request.
struct DeliveryBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delivery",
        abstract: "Delivery-to-comments latency of `serve` on the fake host (p50, p90) and its ratio to the engine alone."
    )

    @Option(help: "The backend-review executable to run as the server.")
    var server: String = ".build/release/backend-review"

    @Option(help: "Lines of Python in the pull request.")
    var lines: Int = 1000

    @Option(help: "Timed deliveries (one new pull request each).")
    var runs: Int = 21

    func run() async throws {
        let fake = try await FakeHostServer.start()
        var generator = ProjectGenerator(seed: 7)
        let files = generator.generate(lines: lines)
        let diff = String(decoding: GeneratorDiff.addingAll(files), as: UTF8.self)
        let repo = "acme/bench"
        fake.addRepository(.github, owner: "acme", name: "bench")
        fake.setToken(.github, "bench-token")
        let secret = "bench-secret"
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("delivery-bench-\(UUID().uuidString)")
        let process = try ServerLauncher.start(executable: server, data: data, environment: [
            "BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET": secret, "BACKEND_REVIEW_GITHUB_TOKEN": "bench-token",
            "BACKEND_REVIEW_GITHUB_API_URL": fake.baseURL(for: .github), "BACKEND_REVIEW_SERVER_BIND": "127.0.0.1",
            "BACKEND_REVIEW_SERVER_LOG_LEVEL": "warning",
            // GitHub's 80 writes a minute would pace a burst of reviews; the fake host has no such limit.
            "BACKEND_REVIEW_GITHUB_WRITES_PER_MINUTE": "0",
        ])
        defer { process.stop() }
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        var latencies: [Double] = []
        var intake: [Double] = []
        var findings = 0
        for run in 0...runs {
            let number = run + 1
            let head = String(format: "%040x", number)
            for file in files { fake.setFile(.github, repo, ref: head, path: file.path, contents: file.text) }
            fake.addPullRequest(.github, repo, number: number, headSHA: head, baseSHA: String(repeating: "0", count: 40), diff: diff)
            let body = Self.payload(number: number, head: head)
            let started = ContinuousClock.now
            let status = try await Self.post(client, port: process.port, body: body, secret: secret, delivery: "bench-\(number)")
            let accepted = ContinuousClock.now
            guard status == 202 else { throw ValidationError("delivery answered \(status)") }
            while fake.statuses(.github, repo, sha: head).allSatisfy({ $0.state == "pending" }) {
                if ContinuousClock.now - started > .seconds(60) { throw ValidationError("no review after 60 s") }
                try await Task.sleep(for: .milliseconds(1))
            }
            if run > 0 {  // the first run warms caches and connections
                latencies.append(Self.ms(ContinuousClock.now - started))
                intake.append(Self.ms(accepted - started))
            }
            findings = fake.inlineComments(.github, repo, number: number).count
        }
        try await client.shutdown()
        await fake.stop()

        let engine = try Self.engineBaseline(diff: diff, files: files, runs: runs)
        let p50 = Self.percentile(latencies, 0.5)
        print("pull request: \(files.count) files, \(files.reduce(0) { $0 + $1.lineCount }) lines, \(findings) inline comments")
        print(String(format: "delivery → review published: p50 %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms (%d runs)",
                     p50, Self.percentile(latencies, 0.9), latencies.min() ?? 0, latencies.max() ?? 0, latencies.count))
        print(String(format: "intake (POST answered 202): p50 %.2f ms", Self.percentile(intake, 0.5)))
        print(String(format: "engine alone, same pull request: p50 %.1f ms; end-to-end / engine = %.1f", engine, p50 / engine))
    }

    static func payload(number: Int, head: String, name: String = "bench") -> Data {
        let json: [String: Any] = [
            "action": "opened", "number": number,
            "pull_request": [
                "number": number, "title": "Bench change", "body": "", "draft": false, "state": "open",
                "html_url": "https://example.invalid/pull/\(number)", "user": ["login": "dev"],
                "head": ["ref": "feature", "sha": head], "base": ["ref": "main", "sha": String(repeating: "0", count: 40)],
            ],
            "repository": [
                "id": 1, "name": name, "full_name": "acme/\(name)", "owner": ["login": "acme"], "default_branch": "main",
            ],
            "sender": ["login": "dev"],
        ]
        return (try? JSONSerialization.data(withJSONObject: json)) ?? Data()
    }

    static func post(_ client: HTTPClient, port: Int, body: Data, secret: String, delivery: String) async throws -> Int {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/webhooks/github")
        request.method = .POST
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        request.headers.add(name: "X-GitHub-Event", value: "pull_request")
        request.headers.add(name: "X-GitHub-Delivery", value: delivery)
        request.headers.add(name: "X-Hub-Signature-256", value: "sha256=" + mac.map { String(format: "%02x", $0) }.joined())
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await client.execute(request, timeout: .seconds(30))
        _ = try await response.body.collect(upTo: 1 << 20)
        return Int(response.status.code)
    }

    static func engineBaseline(diff: String, files: [GeneratedFile], runs: Int) throws -> Double {
        let catalog = try Catalog.bundled()
        let parsed = UnifiedDiff(parsing: diff)
        let contents = InMemoryContentSource(texts: Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) }))
        var times: [Double] = []
        for _ in 0...runs {
            let started = ContinuousClock.now
            _ = try ReviewEngine(catalog: catalog).review(diff: parsed, contents: contents)
            times.append(ms(ContinuousClock.now - started))
        }
        return percentile(Array(times.dropFirst()), 0.5)
    }

    static func ms(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }
}
