import AsyncHTTPClient
import Expertise
import FakeHost
import Foundation
import ReviewCore
import Testing

/// Three `backend-review serve` replicas on one PostgreSQL database, behind a round-robin "load balancer":
/// 500 deliveries (redeliveries among them), one replica killed with SIGKILL half way. Every pull request must be
/// reviewed exactly once, with no duplicate comment on the host and exact counts in the shared memory.
///
/// Runs when `BACKEND_REVIEW_TEST_DATABASE_URL` names a server (`.ci/run` starts one).
@Suite(.serialized, .enabled(if: ReplicaCluster.databaseURL != nil, "BACKEND_REVIEW_TEST_DATABASE_URL is not set"))
struct ReplicasEndToEndTests {
    static let repo = "Codertocat/Hello-World"
    static let pullRequests = 400
    static let redeliveries = 100

    @Test func threeReplicasReviewEveryPullRequestOnceThroughAKill() async throws {
        let fake = try await FakeHostServer.start()
        let scenario = Scenario(fake: fake)
        let cluster = try ReplicaCluster(scenario: scenario, replicas: 3)
        for number in 1...Self.pullRequests { ReplicaCluster.seed(fake, number: number) }
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            try await run(cluster: cluster, fake: fake, client: client)
        } catch {
            cluster.stop()
            try await client.shutdown()
            await fake.stop()
            throw error
        }
        cluster.stop()
        try await client.shutdown()
        await fake.stop()
    }

    private func run(cluster: ReplicaCluster, fake: FakeHostServer, client: HTTPClient) async throws {

        // 400 first deliveries, and after every fourth one a redelivery of the one sent two before it (to another
        // replica, as a host retrying after a timeout would): 500 in all.
        var plan: [Int] = []
        for number in 1...Self.pullRequests {
            plan.append(number)
            if number % 4 == 0 { plan.append(number - 2) }
        }
        #expect(plan.count == Self.pullRequests + Self.redeliveries)

        var statuses: [Int: Int] = [:]
        var duplicates = 0
        var orphan: String?
        for (index, number) in plan.enumerated() {
            if index == plan.count / 2 {
                // Half way: the second replica dies in the middle of a review, its lease still held.
                orphan = try await cluster.jobHeld(byReplica: 1)
                cluster.kill(1)
            }
            let answer = try await cluster.deliver(
                client: client, delivery: "delivery-\(number)", body: ReplicaCluster.payload(number: number), index: index)
            statuses[answer.status, default: 0] += 1
            if answer.body.contains("duplicate") { duplicates += 1 }
        }
        #expect(statuses == [202: 500], "answers: \(statuses)")
        #expect(duplicates == Self.redeliveries)

        // The final status is each review's last request.
        let done = await eventually(timeout: 600) {
            (1...Self.pullRequests).allSatisfy { number in
                fake.statuses(.github, Self.repo, sha: ReplicaCluster.sha(number)).last.map { $0.state != "pending" } == true
            }
        }
        let missing = (1...Self.pullRequests).filter {
            fake.statuses(.github, Self.repo, sha: ReplicaCluster.sha($0)).last.map { $0.state != "pending" } != true
        }
        #expect(done, "not reviewed: \(missing.prefix(20)); log: \(cluster.logTail)")

        // The memory is written after the final status, and a job the killed replica held comes back only when its
        // lease runs out: wait until the queue has nothing queued or running.
        let drained = try await eventually(timeout: 120) {
            try cluster.jobs(states: "queued,running").isEmpty
        }
        #expect(drained, "jobs still queued or running; log: \(cluster.logTail)")

        // The review the killed replica held was taken over once its lease ran out, and finished.
        let taken = try cluster.run(["jobs", "show", try #require(orphan), "--json"])
        let job = try #require(try JSONSerialization.jsonObject(with: Data(taken.utf8)) as? [String: Any])
        #expect(job["state"] as? String == "done")
        #expect((job["attempts"] as? Int ?? 0) >= 2, "\(job)")

        let expected = try ReplicaCluster.expectedInline()
        #expect(!expected.isEmpty)
        for number in 1...Self.pullRequests {
            let inline = fake.inlineComments(.github, Self.repo, number: number)
            let summaries = fake.issueComments(.github, Self.repo, number: number)
            #expect(inline.count == expected.count, "#\(number): \(inline.count) inline comments")
            #expect(Set(inline.map { "\($0.path ?? ""):\($0.line ?? 0)" }).count == inline.count, "#\(number): duplicate comment")
            #expect(summaries.count == 1, "#\(number): \(summaries.count) summaries")
        }

        // The shared memory, read back through the CLI from the database, counts every review exactly once.
        let exported = try cluster.run(["expertise", "export", "--repo", "github/" + Self.repo, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [String: Any], "\(exported)")
        #expect(json["tasks_handled"] as? Int == Self.pullRequests)
        // The YAML file the replicas share is the same record.
        let file = cluster.data.appendingPathComponent(
            "expertise/github/\(Self.repo)/\(ExpertiseMemory.relativePath)")
        let memory = try MemoryCodec.decode(try String(contentsOf: file, encoding: .utf8), path: file.path)
        #expect(memory.tasksHandled == Self.pullRequests)
        #expect(memory.ledger.completed == Self.pullRequests)
        #expect(memory.ledger.failed == 0)
        let secrets = memory.blockers.first { $0.tags.contains("rule:security-hardcoded-secret") }
        #expect(secrets?.occurrences == Self.pullRequests)

        // Nothing is left in the queue, and no replica logged the database password or a host secret.
        let left = try cluster.jobs(states: "queued,running,dead")
        #expect(left.isEmpty, "\(left)")
        #expect(!cluster.logTail.contains(Scenario.secret))
        #expect(!cluster.logTail.contains(ReplicaCluster.password))
    }
}
