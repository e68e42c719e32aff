import Foundation
import Hosts
import HummingbirdTesting
import ReviewServer
import Testing

/// What the intake logs: the delivery id on every line about a delivery, never a secret, a header or a body.
struct IntakeLoggingTests {
    @Test func logsCarryTheDeliveryButNoSecretHeaderOrBody() async throws {
        let server = TestServer()
        let github = try Fixtures.payload(.github, "pull_request.opened")
        let gitlab = try Fixtures.payload(.gitlab, "merge_request_hook.open")
        let gitea = try Fixtures.payload(.gitea, "pull_request.opened")
        let signature = Fixtures.hmacHex(github, secret: TestServer.githubSecret)
        try await server.run { client in
            _ = try await client.deliverGitHub(event: "pull_request", delivery: "log-1", body: github)
            _ = try await client.deliverGitHub(event: "pull_request", delivery: "log-2", body: github, secret: "wrong-secret")
            _ = try await client.deliverGitHub(event: "pull_request", delivery: "log-3", body: Data(#"{"title": "Sekrit"#.utf8))
            _ = try await client.deliver(.gitlab, headers: [
                "X-Gitlab-Event": "Merge Request Hook", "X-Gitlab-Token": TestServer.gitlabSecret, "Idempotency-Key": "log-4",
            ], body: gitlab)
            _ = try await client.deliver(.gitlab, headers: ["X-Gitlab-Event": "Merge Request Hook", "X-Gitlab-Token": "gl-guess-123"], body: gitlab)
            _ = try await client.deliver(.gitea, headers: [
                "X-Gitea-Event": "pull_request", "X-Gitea-Delivery": "log-5",
                "X-Gitea-Signature": Fixtures.hmacHex(gitea, secret: TestServer.giteaSecret),
            ], body: gitea)
        }
        let logs = server.logs.text
        for secret in [TestServer.githubSecret, TestServer.gitlabSecret, TestServer.giteaSecret, "gl-guess-123", signature] {
            #expect(!logs.contains(secret))
        }
        // Distinctive strings from the bodies: the PR description, a title, the malformed body's content.
        for bodyText in ["This is a pretty simple change", "Sekrit", "MS-Viewport", "jcitizen@example.com", "Codertocat/Hello-World.git"] {
            #expect(!logs.contains(bodyText))
        }
        let queued = server.logs.entries("queued").compactMap { ($0["metadata"] as? [String: String])?["webhook.delivery"] }
        #expect(Set(queued) == ["github:log-1", "gitlab:log-4", "gitea:log-5"])
        #expect(server.logs.entries("refused").count == 2)
        #expect(server.logs.entries("malformed").count == 1)
    }
}
