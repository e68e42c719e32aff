import Foundation
import Hosts
import HummingbirdTesting
import JobQueue
import ReviewServer
import Testing

/// Signed deliveries from each host, over a real socket, end in a stored job and a 2xx sent after it.
struct WebhookRoutesTests {
    @Test func githubPublishedTestVectorPassesVerificationThroughTheRoute() async throws {
        let vector = try Fixtures.githubSignatureVector()
        let server = TestServer { $0.hosts[.github] = HostIntakeSettings(secret: WebhookSecret(vector.secret)) }
        try await server.run { client in
            let body = Data(vector.payload.utf8)
            let headers = ["X-GitHub-Event": "pull_request", "X-GitHub-Delivery": "vector-1"]
            // Verified, then refused as JSON: "Hello, World!" is not a payload. A bad signature never gets that far.
            let signed = try await client.deliver(.github, headers: headers.merging(["X-Hub-Signature-256": vector.header]) { $1 }, body: body)
            #expect(signed.status.code == 400)
            #expect(signed.json["outcome"] as? String == "malformed")
            let tampered = try await client.deliver(
                .github, headers: headers.merging(["X-Hub-Signature-256": vector.header]) { $1 },
                body: Data((vector.payload + " ").utf8)
            )
            #expect(tampered.status.code == 401)
        }
    }

    @Test func githubPullRequestIsQueuedWithItsKeyAndKind() async throws {
        let queue = InMemoryJobQueue()
        let server = TestServer(queue: queue)
        let body = try Fixtures.payload(.github, "pull_request.opened")
        let response = try await server.run { client in
            try await client.deliverGitHub(event: "pull_request", delivery: "72d3162e-cc78-11e3-81ab-4c9367dc0958", body: body)
        }
        #expect(response.status.code == 202)
        #expect(response.json["outcome"] as? String == "queued")
        let jobs = await queue.jobs
        try #require(jobs.count == 1)
        #expect(jobs[0].deliveryID == "github:72d3162e-cc78-11e3-81ab-4c9367dc0958")
        #expect(jobs[0].kind == .review)
        #expect(jobs[0].coalesceKey == "github/Codertocat/Hello-World#2")
        #expect(response.json["job"] as? Int == Int(jobs[0].id))
        guard case .pullRequest(let event) = try JSONDecoder().decode(WebhookEvent.self, from: jobs[0].payload) else {
            Issue.record("payload is not a pull-request event")
            return
        }
        #expect(event.head.sha == "ec26c3e57ca3a959ca5aad62de7213c562f8c821")
    }

    @Test func redeliveryCreatesNoSecondJob() async throws {
        let queue = InMemoryJobQueue()
        let body = try Fixtures.payload(.github, "pull_request.opened")
        let (first, second) = try await TestServer(queue: queue).run { client in
            let first = try await client.deliverGitHub(event: "pull_request", delivery: "d-1", body: body)
            let second = try await client.deliverGitHub(event: "pull_request", delivery: "d-1", body: body)
            return (first, second)
        }
        #expect(first.json["outcome"] as? String == "queued")
        #expect(second.status.code == 202)
        #expect(second.json["outcome"] as? String == "duplicate")
        #expect(second.json["job"] as? Int == first.json["job"] as? Int)
        #expect(await queue.jobs.count == 1)
    }

    @Test func deliveryWithoutIDHeaderIsKeyedByTheBodyHash() async throws {
        let queue = InMemoryJobQueue()
        let body = try Fixtures.payload(.github, "pull_request.synchronize")
        let outcomes = try await TestServer(queue: queue).run { client in
            let first = try await client.deliverGitHub(event: "pull_request", delivery: nil, body: body)
            let second = try await client.deliverGitHub(event: "pull_request", delivery: nil, body: body)
            return [first.json["outcome"] as? String, second.json["outcome"] as? String]
        }
        #expect(outcomes == ["queued", "duplicate"])
        let jobs = await queue.jobs
        #expect(jobs.map(\.deliveryID) == ["github:" + WebhookIntake.derivedDeliveryID(body: body)])
    }

    @Test func githubReviewCommentBecomesACommentJob() async throws {
        let queue = InMemoryJobQueue()
        let body = try Fixtures.payload(.github, "pull_request_review_comment.created")
        let response = try await TestServer(queue: queue).run { client in
            try await client.deliverGitHub(event: "pull_request_review_comment", delivery: "c-1", body: body)
        }
        #expect(response.status.code == 202)
        let jobs = await queue.jobs
        #expect(jobs.map(\.kind) == [.comment])
        #expect(jobs.first?.coalesceKey?.hasPrefix("github/Codertocat/Hello-World#") == true)
    }

    @Test func gitlabTokenIsCheckedAndTheMergeRequestQueued() async throws {
        let queue = InMemoryJobQueue()
        let body = try Fixtures.payload(.gitlab, "merge_request_hook.open")
        let statuses = try await TestServer(queue: queue).run { client in
            let headers = ["X-Gitlab-Event": "Merge Request Hook", "Idempotency-Key": "f5a1b0c2-0d7e-4b4e-9d1a-1c2f3e4d5a6b"]
            let wrong = try await client.deliver(.gitlab, headers: headers.merging(["X-Gitlab-Token": "guess"]) { $1 }, body: body)
            let missing = try await client.deliver(.gitlab, headers: headers, body: body)
            let right = try await client.deliver(
                .gitlab, headers: headers.merging(["X-Gitlab-Token": TestServer.gitlabSecret]) { $1 }, body: body
            )
            return [wrong.status.code, missing.status.code, right.status.code]
        }
        #expect(statuses == [401, 401, 202])
        let jobs = await queue.jobs
        #expect(jobs.map(\.deliveryID) == ["gitlab:f5a1b0c2-0d7e-4b4e-9d1a-1c2f3e4d5a6b"])
        #expect(jobs.map(\.coalesceKey) == ["gitlab/gitlabhq/gitlab-test#1"])
        #expect(jobs.map(\.kind) == [.review])
    }

    @Test func gitlabNoteOnAMergeRequestBecomesACommentJob() async throws {
        let queue = InMemoryJobQueue()
        let body = try Fixtures.payload(.gitlab, "note_hook.merge_request")
        let response = try await TestServer(queue: queue).run { client in
            try await client.deliver(.gitlab, headers: [
                "X-Gitlab-Event": "Note Hook", "X-Gitlab-Token": TestServer.gitlabSecret, "X-Gitlab-Event-UUID": "n-1",
            ], body: body)
        }
        #expect(response.status.code == 202)
        #expect(await queue.jobs.map(\.kind) == [.comment])
        #expect(await queue.jobs.map(\.deliveryID) == ["gitlab:n-1"])
    }

    /// Gitea sends `X-Gitea-*`; Forgejo sends `X-Forgejo-*` as well, on the same route.
    @Test(arguments: [
        ["X-Gitea-Event": "pull_request", "X-Gitea-Delivery": "uuid-1", "X-Gitea-Signature": "SIGNATURE"],
        ["X-Forgejo-Event": "pull_request", "X-Forgejo-Delivery": "uuid-1", "X-Forgejo-Signature": "SIGNATURE"],
    ])
    func giteaAndForgejoSignaturesAreChecked(template: [String: String]) async throws {
        let queue = InMemoryJobQueue()
        let body = try Fixtures.payload(.gitea, "pull_request.opened")
        let signature = Fixtures.hmacHex(body, secret: TestServer.giteaSecret)
        let signed = template.mapValues { $0 == "SIGNATURE" ? signature : $0 }
        let forged = template.mapValues { $0 == "SIGNATURE" ? Fixtures.hmacHex(body, secret: "nope") : $0 }
        let statuses = try await TestServer(queue: queue).run { client in
            [
                try await client.deliver(.gitea, headers: forged, body: body).status.code,
                try await client.deliver(.gitea, headers: signed, body: body).status.code,
            ]
        }
        #expect(statuses == [401, 202])
        let jobs = await queue.jobs
        #expect(jobs.map(\.deliveryID) == ["gitea:uuid-1"])
        #expect(jobs.map(\.coalesceKey) == ["gitea/jcitizen/my-repo#1"])
    }

    @Test func newerPushSupersedesTheQueuedReview() async throws {
        let queue = InMemoryJobQueue()
        let opened = try Fixtures.payload(.gitea, "pull_request.opened")
        let pushed = try Fixtures.payload(.gitea, "pull_request.synchronized")
        let outcomes = try await TestServer(queue: queue).run { client in
            var outcomes: [String?] = []
            for (id, body) in [("a", opened), ("b", pushed)] {
                let headers = [
                    "X-Gitea-Event": "pull_request", "X-Gitea-Delivery": id,
                    "X-Gitea-Signature": Fixtures.hmacHex(body, secret: TestServer.giteaSecret),
                ]
                outcomes.append(try await client.deliver(.gitea, headers: headers, body: body).json["outcome"] as? String)
            }
            return outcomes
        }
        #expect(outcomes == ["queued", "queued"])
        #expect(await queue.jobs.map(\.state) == [.superseded, .queued])
    }

    @Test func pingGets200AndIsNotStored() async throws {
        let queue = InMemoryJobQueue()
        let body = try Fixtures.payload(.github, "ping")
        let response = try await TestServer(queue: queue).run { client in
            try await client.deliverGitHub(event: "ping", delivery: "p-1", body: body)
        }
        #expect(response.status.code == 200)
        #expect(response.json["outcome"] as? String == "ping")
        #expect(await queue.enqueueCalls == 0)
    }

    @Test func eventThatDoesNotMatterGets202AndIsIgnored() async throws {
        let queue = InMemoryJobQueue()
        let body = try Fixtures.payload(.github, "pull_request.closed")
        let response = try await TestServer(queue: queue).run { client in
            try await client.deliverGitHub(event: "pull_request", delivery: "x-1", body: body)
        }
        #expect(response.status.code == 202)
        #expect(response.json["outcome"] as? String == "ignored")
        #expect((response.json["reason"] as? String)?.contains("closed") == true)
        #expect(await queue.enqueueCalls == 0)
    }

    @Test func unsignedDeliveriesAreAcceptedOnlyWhereTheAdminOptedOut() async throws {
        let queue = InMemoryJobQueue()
        let server = TestServer(queue: queue) { $0.hosts[.gitea] = HostIntakeSettings(allowUnsigned: true) }
        let body = try Fixtures.payload(.gitea, "pull_request.opened")
        let statuses = try await server.run { client in
            [
                try await client.deliver(.gitea, headers: ["X-Gitea-Event": "pull_request"], body: body).status.code,
                try await client.deliver(.github, headers: ["X-GitHub-Event": "pull_request"], body: body).status.code,
            ]
        }
        #expect(statuses == [202, 401])
        #expect(await queue.jobs.count == 1)
    }

    /// The curl examples in webhooks/<host>/README.md get the answers those guides promise.
    @Test func setUpGuideExamplesGetTheDocumentedAnswers() async throws {
        let answers = try await TestServer().run { client in
            let ping = Data(#"{"zen":"Design for failure.","hook_id":1}"#.utf8)
            let github = try await client.deliverGitHub(event: "ping", delivery: "guide-1", body: ping)
            let gitlab = try await client.deliver(.gitlab, headers: [
                "X-Gitlab-Event": "Merge Request Hook", "Idempotency-Key": "guide-2", "X-Gitlab-Token": TestServer.gitlabSecret,
            ], body: Data(#"{"object_kind":"merge_request","event_type":"merge_request","object_attributes":{"action":"close"}}"#.utf8))
            let closed = Data(#"{"action":"closed","number":1}"#.utf8)
            let forgejo = try await client.deliver(.gitea, headers: [
                "X-Forgejo-Event": "pull_request", "X-Forgejo-Delivery": "guide-3",
                "X-Forgejo-Signature": Fixtures.hmacHex(closed, secret: TestServer.giteaSecret),
            ], body: closed)
            return [github, gitlab, forgejo].map { "\($0.status.code) \($0.json["outcome"] as? String ?? "-")" }
        }
        #expect(answers == ["200 ping", "202 ignored", "202 ignored"])
    }
}
