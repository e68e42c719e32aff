import Foundation
import Hosts
import HummingbirdTesting
import JobQueue
import ReviewServer
import Testing

/// `/healthz`, `/readyz` and `/metrics` over a real socket.
struct OperationsRoutesTests {
    @Test func healthzAnswersEvenWhenTheStoreIsDown() async throws {
        let status = try await TestServer(queue: FailingJobQueue()).run { client in
            try await client.execute(uri: "/healthz", method: .get).status.code
        }
        #expect(status == 200)
    }

    @Test func readyzFollowsTheQueue() async throws {
        let up = try await TestServer().run { try await $0.execute(uri: "/readyz", method: .get).status.code }
        let down = try await TestServer(queue: FailingJobQueue()).run {
            try await $0.execute(uri: "/readyz", method: .get).status.code
        }
        #expect(up == 200)
        #expect(down == 503)
    }

    @Test func readyzGivesUpOnAStoreThatHangs() async throws {
        let server = TestServer(queue: HangingPingQueue()) { $0.readinessTimeout = .milliseconds(200) }
        let status = try await server.run { try await $0.execute(uri: "/readyz", method: .get).status.code }
        #expect(status == 503)
    }

    @Test func metricsCountDeliveriesByHostEventAndOutcome() async throws {
        let body = try Fixtures.payload(.github, "pull_request.opened")
        let text = try await TestServer().run { client in
            _ = try await client.deliverGitHub(event: "pull_request", delivery: "m-1", body: body)
            _ = try await client.deliverGitHub(event: "pull_request", delivery: "m-1", body: body)
            _ = try await client.deliverGitHub(event: "pull_request", delivery: "m-2", body: body, secret: "wrong")
            _ = try await client.deliver(.gitlab, headers: ["X-Gitlab-Event": "Merge Request Hook"], body: body)
            _ = try await client.deliverGitHub(event: "made_up_event", delivery: "m-3", body: body, secret: "wrong")
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
            return response.text
        }
        #expect(Self.value(in: text, "backend_review_deliveries_total", ["host": "github", "event": "pull_request", "outcome": "queued"]) == 1)
        #expect(Self.value(in: text, "backend_review_deliveries_total", ["host": "github", "event": "pull_request", "outcome": "duplicate"]) == 1)
        #expect(Self.value(in: text, "backend_review_deliveries_total", ["host": "github", "event": "pull_request", "outcome": "unauthorized"]) == 1)
        #expect(Self.value(in: text, "backend_review_deliveries_total", ["host": "gitlab", "event": "merge_request_hook", "outcome": "unauthorized"]) == 1)
        // An unauthenticated caller's event name can't mint new series.
        #expect(Self.value(in: text, "backend_review_deliveries_total", ["host": "github", "event": "other", "outcome": "unauthorized"]) == 1)
        #expect(Self.value(in: text, "backend_review_queue_depth", ["state": "queued"]) == 1)
        #expect(Self.value(in: text, "backend_review_queue_depth", ["state": "dead"]) == 0)
        let age = try #require(Self.value(in: text, "backend_review_queue_oldest_age_seconds", [:]))
        #expect(age >= 42)
    }

    @Test func metricsStillServeCountersWhenTheStoreIsDown() async throws {
        let body = try Fixtures.payload(.github, "pull_request.opened")
        let (status, text) = try await TestServer(queue: FailingJobQueue()).run { client in
            _ = try await client.deliverGitHub(event: "pull_request", delivery: "m-1", body: body)
            let response = try await client.execute(uri: "/metrics", method: .get)
            return (response.status.code, response.text)
        }
        #expect(status == 200)
        #expect(Self.value(in: text, "backend_review_deliveries_total", ["host": "github", "event": "pull_request", "outcome": "store_error"]) == 1)
    }

    /// The sample value of the series `name` whose labels are exactly `labels`.
    static func value(in text: String, _ name: String, _ labels: [String: String]) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(name) && !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { continue }
            let series = parts[0]
            var found: [String: String] = [:]
            if let open = series.firstIndex(of: "{") {
                guard series[..<open] == name else { continue }
                for pair in series[series.index(after: open)..<series.index(before: series.endIndex)].split(separator: ",") {
                    let keyValue = pair.split(separator: "=", maxSplits: 1)
                    found[String(keyValue[0])] = String(keyValue[1].dropFirst().dropLast())
                }
            } else if series != name {
                continue
            }
            if found == labels { return Double(parts[1]) }
        }
        return nil
    }
}

/// A store whose ping never answers.
struct HangingPingQueue: JobQueue {
    let base = InMemoryJobQueue()

    func ping() async throws { try await Task.sleep(for: .seconds(3600)) }
    func enqueue(_ job: NewJob) async throws -> EnqueueOutcome { try await base.enqueue(job) }
    func claim(worker: String, lease: Duration) async throws -> Job? { nil }
    func extendLease(_ id: Int64, worker: String, lease: Duration) async throws -> Bool { false }
    func complete(_ id: Int64, worker: String) async throws -> Bool { false }
    func fail(_ id: Int64, worker: String, error: String, retryable: Bool) async throws -> FailOutcome { .leaseLost }
    func release(_ id: Int64, worker: String) async throws {}
    func job(_ id: Int64) async throws -> Job? { nil }
    func list(states: Set<JobState>?, limit: Int) async throws -> [Job] { [] }
    func retry(_ id: Int64) async throws -> Bool { false }
    func purge(states: Set<JobState>, olderThan: Date?) async throws -> Int { 0 }
    func stats() async throws -> QueueStats { try await base.stats() }
    func close() async throws {}
}
