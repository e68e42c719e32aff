import Foundation
import Testing

@Suite struct ReplayCommandTests {
    static let sample = ["--diff", "webhooks/sample-pr/change.diff", "--root", "webhooks/sample-pr/head", "--dry-run"]

    @Test func dryRunPrintsEveryGitHubRequestAndSendsNone() async throws {
        let result = try await CLIRunner.runOffPool(["replay", "webhooks/github/sample-pull-request.json", "--host", "github"] + Self.sample)
        #expect(result.status == 0, "\(result.stderr)")
        let head = "4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39"
        #expect(result.stdout.contains("POST /repos/Codertocat/Hello-World/statuses/\(head)"))
        #expect(result.stdout.contains("POST /repos/Codertocat/Hello-World/pulls/42/reviews"))
        #expect(result.stdout.contains("POST /repos/Codertocat/Hello-World/issues/42/comments"))
        #expect(result.stdout.contains("\"side\" : \"RIGHT\""))
        #expect(result.stdout.contains("Análisis"))
        #expect(result.stderr.contains("replay github/Codertocat/Hello-World#42: 19 findings"))
    }

    @Test func dryRunSpeaksEachHostsAPI() async throws {
        let gitlab = try await CLIRunner.runOffPool(["replay", "webhooks/gitlab/sample-merge-request.json", "--host", "gitlab"] + Self.sample)
        #expect(gitlab.status == 0, "\(gitlab.stderr)")
        #expect(gitlab.stdout.contains("POST /projects/gitlabhq%2Fgitlab-test/merge_requests/42/discussions"))
        #expect(gitlab.stdout.contains("\"position_type\" : \"text\""))
        let gitea = try await CLIRunner.runOffPool(["replay", "webhooks/gitea/sample-pull-request.json", "--host", "gitea"] + Self.sample)
        #expect(gitea.status == 0, "\(gitea.stderr)")
        #expect(gitea.stdout.contains("\"new_position\""))
    }

    @Test func dryRunWithoutADiffIsRefused() async throws {
        let result = try await CLIRunner.runOffPool(["replay", "webhooks/github/sample-pull-request.json", "--host", "github", "--dry-run"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--dry-run needs --diff"))
    }

    @Test func aDeliveryThatStartsNoReviewSaysSo() async throws {
        let ping = FileManager.default.temporaryDirectory.appendingPathComponent("ping-\(UUID().uuidString).json")
        try Data(#"{"zen":"Keep it logically awesome.","hook_id":1}"#.utf8).write(to: ping)
        let result = try await CLIRunner.runOffPool(["replay", ping.path, "--host", "github", "--event", "ping"] + Self.sample)
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a delivery that starts a review"))
    }

    @Test func malformedPayloadGivesAClearError() async throws {
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).json")
        try Data("{\"action\": ".utf8).write(to: broken)
        let result = try await CLIRunner.runOffPool(["replay", broken.path, "--host", "github"] + Self.sample)
        #expect(result.status == 2)
        #expect(result.stderr.contains(broken.lastPathComponent))
    }
}
