import AsyncHTTPClient
import FakeHost
import Foundation
import ReviewCore
import Testing

/// The real `backend-review serve` process, signed deliveries over loopback, and the fake host's API.
@Suite(.serialized) struct ServeEndToEndTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: FakeHostKind.allCases)
    func pullRequestIsReviewedOnceWithRankedCommentsOnDiffLines(kind: FakeHostKind) async throws {
        let fake = try await FakeHostServer.start()
        let scenario = Scenario(fake: fake)
        scenario.seed(kind)
        let data = try temporaryDirectory()
        let server = try ServerProcess(data: data, environment: scenario.environment())
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let deliveries = Deliveries(client: client, server: server.baseURL, secret: Scenario.secret)
        let repo = Scenario.repository(kind)
        let fullPath = "\(repo.owner)/\(repo.name)"

        let first = try await deliveries.send(host: kind.rawValue, event: repo.eventName, delivery: "d-1", body: Scenario.payload(kind))
        #expect(first.status == 202)
        // The final status is the pipeline's last request: once it is there, the review is complete.
        let reviewed = await eventually {
            fake.issueComments(kind, fullPath, number: 42).count == 1
                && fake.statuses(kind, fullPath, sha: Scenario.headSHA).last.map { $0.state != "pending" } == true
        }
        #expect(reviewed, "no summary comment: \(server.logText)")

        let expected = try Scenario.expectedInline()
        let inline = fake.inlineComments(kind, fullPath, number: 42).sorted { $0.createdOrder < $1.createdOrder }
        #expect(inline.count == expected.count)
        #expect(inline.map(\.path) == expected.map(\.path))
        #expect(inline.map(\.line) == expected.map(\.line))
        #expect(Set(inline.compactMap { InlineComment.fingerprint(in: $0.body) }).count == inline.count)
        #expect(!fake.requests().contains { $0.status == 422 || $0.status == 400 })
        #expect(fake.statuses(kind, fullPath, sha: Scenario.headSHA).last?.state == (kind == .gitlab ? "failed" : "failure"))

        // A redelivery is acknowledged and changes nothing.
        let again = try await deliveries.send(host: kind.rawValue, event: repo.eventName, delivery: "d-1", body: Scenario.payload(kind))
        #expect(again.status == 202)
        #expect(again.body.contains("duplicate"))
        try await Task.sleep(for: .seconds(1))
        #expect(fake.inlineComments(kind, fullPath, number: 42).count == expected.count)
        #expect(fake.issueComments(kind, fullPath, number: 42).count == 1)

        // The operator's view: metrics for intake, jobs, findings and host calls.
        let metrics = try await client.execute(HTTPClientRequest(url: server.baseURL + "/metrics"), timeout: .seconds(10))
        let text = String(buffer: try await metrics.body.collect(upTo: 1 << 22))
        for name in [
            "backend_review_deliveries_total", "backend_review_job_duration_seconds", "backend_review_findings_total",
            "backend_review_host_api_requests_total", "backend_review_queue_depth",
        ] {
            #expect(text.contains(name), "missing \(name) in /metrics")
        }

        // The log of the whole run never shows a configured secret.
        #expect(!server.logText.contains(Scenario.secret))
        #expect(!server.logText.contains(Scenario.token))
        #expect(server.terminate() == 0)
        try await client.shutdown()
        await fake.stop()
    }

    @Test func synchronizePushUpdatesTheSummaryInPlaceAndResolvesFixedFindings() async throws {
        let fake = try await FakeHostServer.start()
        let scenario = Scenario(fake: fake)
        scenario.seed(.github)
        let server = try ServerProcess(data: try temporaryDirectory(), environment: scenario.environment())
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let deliveries = Deliveries(client: client, server: server.baseURL, secret: Scenario.secret)
        let repo = "Codertocat/Hello-World"

        _ = try await deliveries.send(host: "github", event: "pull_request", delivery: "s-1", body: Scenario.payload(.github))
        #expect(await eventually { fake.issueComments(.github, repo, number: 42).count == 1 })
        let before = fake.inlineComments(.github, repo, number: 42).count

        // The push removes the file with the unverified JWT: its findings are fixed.
        let fixed = Scenario.diff.components(separatedBy: "diff --git ")
            .filter { !$0.hasPrefix("a/app/presentation/dependencies/auth.py ") }.joined(separator: "diff --git ")
        try fake.push(.github, repo, number: 42, headSHA: "5e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5", diff: fixed)
        for (path, text) in Scenario.headFiles {
            fake.setFile(.github, repo, ref: "5e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5", path: path, contents: text)
        }
        let sync = try await deliveries.send(
            host: "github", event: "pull_request", delivery: "s-2", body: Scenario.payload(.github, action: "synchronize"))
        #expect(sync.status == 202)
        let newHead = "5e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5"
        let updated = await eventually {
            fake.issueComments(.github, repo, number: 42).first.map { $0.updateCount >= 1 } ?? false
                && fake.statuses(.github, repo, sha: newHead).last.map { $0.state != "pending" } == true
        }
        #expect(updated, "summary not updated: \(server.logText)")
        let summary = try #require(fake.issueComments(.github, repo, number: 42).first)
        #expect(fake.issueComments(.github, repo, number: 42).count == 1)
        #expect(summary.body.contains("Resueltos desde la revisión anterior"))
        #expect(fake.inlineComments(.github, repo, number: 42).count == before)
        #expect(server.terminate() == 0)
        try await client.shutdown()
        await fake.stop()
    }

    @Test func killDashNineLosesNothingAndDuplicatesNothing() async throws {
        let fake = try await FakeHostServer.start()
        let scenario = Scenario(fake: fake)
        let numbers = Array(1...6)
        for number in numbers { scenario.seed(.github, number: number) }
        // Slow publication keeps jobs running when the kill comes.
        fake.setLatency(.milliseconds(400), matching: "/reviews", method: "POST")
        let data = try temporaryDirectory()
        let environment = scenario.environment(extra: [
            "BACKEND_REVIEW_WORKER_LEASE_SECONDS": "10", "BACKEND_REVIEW_WORKER_CONCURRENCY": "2",
        ])
        let first = try ServerProcess(data: data, environment: environment)
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        var deliveries = Deliveries(client: client, server: first.baseURL, secret: Scenario.secret)
        let repo = "Codertocat/Hello-World"
        for number in numbers {
            let answer = try await deliveries.send(
                host: "github", event: "pull_request", delivery: "k-\(number)", body: Scenario.payload(.github, number: number))
            #expect(answer.status == 202)
        }
        // Kill while some reviews are half published and others still queued.
        #expect(await eventually { numbers.contains { fake.inlineComments(.github, repo, number: $0).count > 0 } })
        first.kill9()
        let doneBeforeKill = numbers.filter { fake.issueComments(.github, repo, number: $0).count == 1 }.count
        #expect(doneBeforeKill < numbers.count)

        let second = try ServerProcess(data: data, environment: environment)
        deliveries = Deliveries(client: client, server: second.baseURL, secret: Scenario.secret)
        // Redeliveries of already-stored deliveries after the restart create nothing.
        let redelivered = try await deliveries.send(
            host: "github", event: "pull_request", delivery: "k-1", body: Scenario.payload(.github, number: 1))
        #expect(redelivered.body.contains("duplicate"))
        let expectedCount = try Scenario.expectedInline().count
        let finished = await eventually(timeout: 120) {
            numbers.allSatisfy { number in
                fake.issueComments(.github, repo, number: number).count == 1
                    && fake.inlineComments(.github, repo, number: number).count >= expectedCount
            }
        }
        #expect(finished, "not every pull request was reviewed: \(second.logText)")
        let expected = try Scenario.expectedInline().count
        for number in numbers {
            let inline = fake.inlineComments(.github, repo, number: number)
            let prints = inline.compactMap { InlineComment.fingerprint(in: $0.body) }
            #expect(prints.count == expected, "PR \(number)")
            #expect(Set(prints).count == prints.count, "PR \(number) has duplicate comments")
            #expect(fake.issueComments(.github, repo, number: number).count == 1)
        }
        // A job killed after publishing everything still holds its lease; it completes once the lease expires.
        var jobs = ""
        let allDone = await eventually(timeout: 60) {
            jobs = (try? ServerProcess.run(["jobs", "list", "--data", data.path, "--json"])) ?? ""
            let listed = (try? JSONSerialization.jsonObject(with: Data(jobs.utf8))) as? [[String: Any]] ?? []
            return listed.count == numbers.count && listed.allSatisfy { $0["state"] as? String == "done" }
        }
        #expect(allDone, "\(jobs)")
        #expect(second.terminate() == 0)
        try await client.shutdown()
        await fake.stop()
    }
}
