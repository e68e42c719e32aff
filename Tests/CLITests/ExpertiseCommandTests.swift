import Foundation
import Testing

/// `review --git` keeps the repository's memory; `expertise show|validate|export|undemote` are the admins' view.
struct ExpertiseCommandTests {
    static let memoryPath = "ai_docs/expertise/domain-experts/backend.yaml"

    /// A repository with two reviewed commits, each blocking in async code.
    func reviewedTwice() async throws -> TempGitRepository {
        let repo = try TempGitRepository()
        try repo.write("README.md", "base\n")
        try repo.commit("base")
        for name in ["first", "second"] {
            try repo.write("app/services/\(name).py", GitReviewTests.asyncHandler)
            try repo.commit("Add \(name) handler")
            let result = try await CLIRunner.runOffPool(["review", "--git", "HEAD~1..HEAD", "--root", repo.url.path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        return repo
    }

    func memoryFile(_ repo: TempGitRepository) -> String { repo.url.appendingPathComponent(Self.memoryPath).path }

    @Test func reviewGitRecordsTheMemoryInsideTheRepository() async throws {
        let repo = try await reviewedTwice()
        defer { repo.remove() }
        let text = try String(contentsOfFile: memoryFile(repo), encoding: .utf8)
        #expect(text.contains("tasks_handled: 2"))
        #expect(text.contains("version: \"1.2\""))

        let show = try await CLIRunner.runOffPool(["expertise", "show", "--file", memoryFile(repo)])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("tasks handled 2"))
        #expect(show.stdout.contains("Blockers (1)"))
        #expect(show.stdout.contains("app/services/"))

        let validate = try await CLIRunner.runOffPool(["expertise", "validate", "--file", memoryFile(repo)])
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.stdout.contains("0 error(s)"))

        let export = try await CLIRunner.runOffPool(["expertise", "export", "--file", memoryFile(repo), "--format", "json"])
        #expect(export.status == 0, "\(export.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
        #expect(object?["tasks_handled"] as? Int == 2)
        let blockers = object?["blockers"] as? [[String: Any]]
        #expect(blockers?.first?["occurrences"] as? Int == 2)
        #expect((blockers?.first?["id"] as? String)?.hasPrefix("BLK0-") == true)
    }

    @Test func noMemoryLeavesTheRepositoryAlone() async throws {
        let repo = try TempGitRepository()
        defer { repo.remove() }
        try repo.write("README.md", "base\n")
        try repo.commit("base")
        try repo.write("app/services/a.py", GitReviewTests.asyncHandler)
        try repo.commit("Add handler")
        let result = try await CLIRunner.runOffPool(["review", "--git", "HEAD~1..HEAD", "--root", repo.url.path, "--no-memory"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: memoryFile(repo)))
    }

    @Test func aHandBrokenMemoryIsMovedAsideWithFileAndLineAndTheReviewGoesOn() async throws {
        let repo = try TempGitRepository()
        defer { repo.remove() }
        try repo.write("README.md", "base\n")
        try repo.write(Self.memoryPath, "version: \"1.0\"\ntasks_handled: 3\ncommon_files: [a.py\n")
        try repo.commit("base")
        try repo.write("app/services/a.py", GitReviewTests.asyncHandler)
        try repo.commit("Add handler")

        let validate = try await CLIRunner.runOffPool(["expertise", "validate", "--file", memoryFile(repo)])
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("backend.yaml:"))

        let result = try await CLIRunner.runOffPool(["review", "--git", "HEAD~1..HEAD", "--root", repo.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("async"))
        #expect(result.stderr.contains("backend.yaml:"))
        #expect(result.stderr.contains("moved to"))
        let directory = (memoryFile(repo) as NSString).deletingLastPathComponent
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        let aside = try #require(names.first { $0.hasPrefix("backend.yaml.corrupt-") })
        #expect(try String(contentsOfFile: directory + "/" + aside, encoding: .utf8).contains("[a.py"))
        #expect(try String(contentsOfFile: memoryFile(repo), encoding: .utf8).contains("tasks_handled: 1"))
    }

    @Test func undemoteRestoresARuleOnce() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("expertise-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        // The layout the server uses under its data directory.
        let data = directory.path
        let served = URL(fileURLWithPath: data).appendingPathComponent("expertise/github/acme/shop")
            .appendingPathComponent(Self.memoryPath)
        try FileManager.default.createDirectory(at: served.deletingLastPathComponent(), withIntermediateDirectories: true)
        try """
            version: "1.4"
            tasks_handled: 9
            success_rate: 1.0
            decisions:
              - id: BE12-004
                context: "async-blocking-sleep dismissed 3 times in this repository"
                decision: "Demote it one severity level here"
                confidence_score: 0.94
                validated_count: 3
                failed_count: 0
                last_used: "2026-11-20T10:00:00Z"
                tags: ["rule:async-blocking-sleep", "demoted", "source:feedback"]
            """.write(to: served, atomically: false, encoding: .utf8)

        let show = try await CLIRunner.runOffPool(["expertise", "show", "--repo", "github/acme/shop", "--data", data])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Demotions (1)"))
        #expect(show.stdout.contains("undemote --repo github/acme/shop async-blocking-sleep"))

        let undo = try await CLIRunner.runOffPool(["expertise", "undemote", "--repo", "github/acme/shop", "--data", data, "async-blocking-sleep"])
        #expect(undo.status == 0, "\(undo.stderr)")
        let text = try String(contentsOf: served, encoding: .utf8)
        #expect(text.contains("demotion-undone"))
        #expect(text.contains("tasks_handled: 9"))

        let again = try await CLIRunner.runOffPool(["expertise", "undemote", "--repo", "github/acme/shop", "--data", data, "async-blocking-sleep"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("not demoted"))
    }

    @Test func badRepositoryNamesAndMissingMemoriesAreClearErrors() async throws {
        let bad = try await CLIRunner.runOffPool(["expertise", "show", "--repo", "acme/shop"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("HOST/OWNER/NAME"))
        let traversal = try await CLIRunner.runOffPool(["expertise", "show", "--repo", "github/../../etc", "--data", "/tmp"])
        #expect(traversal.status != 0)
        let missing = try await CLIRunner.runOffPool(["expertise", "show", "--repo", "github/acme/none", "--data", "/nonexistent-dir"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no expertise memory"))
    }

    @Test func offlineAndDryRunReplaysWriteNoMemory() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("replay-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let result = try await CLIRunner.runOffPool([
            "replay", "webhooks/github/sample-pull-request.json", "--host", "github",
            "--diff", "webhooks/sample-pr/change.diff", "--root", "webhooks/sample-pr/head", "--dry-run", "--data", data,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: data + "/expertise"))
    }
}
