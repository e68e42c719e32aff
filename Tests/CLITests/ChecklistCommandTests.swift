import Foundation
import Testing

/// `backend-review checklist test|lint|list` as admins run them.
struct ChecklistCommandTests {
    @Test func bundledExamplesPass() async throws {
        let result = try await CLIRunner.runOffPool(["checklist", "test"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(" 0 failed"))
    }

    @Test func repositoryChecklistsLintClean() async throws {
        let result = try await CLIRunner.runOffPool(["checklist", "lint", "checklists"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func lintReportsFileRuleAndField() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("br-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
            rules:
              - id: broken-rule
                section: async
                severity: severe
                colour: blue
            """.write(to: directory.appendingPathComponent("broken.yaml"), atomically: false, encoding: .utf8)
        let result = try await CLIRunner.runOffPool(["checklist", "lint", directory.path])
        #expect(result.status == 2)
        #expect(result.stdout.contains("broken.yaml"))
        #expect(result.stdout.contains("broken-rule"))
        #expect(result.stdout.contains("severity"))
        #expect(result.stdout.contains("colour"))

        let review = try await CLIRunner.runOffPool(["review", "--diff", "-", "--checklists", directory.path], stdin: "")
        #expect(review.status == 2)
        #expect(review.stderr.contains("broken.yaml"))
    }

    @Test func listShowsEverySection() async throws {
        let result = try await CLIRunner.runOffPool(["checklist", "list"])
        #expect(result.status == 0)
        for section in ["clean-architecture", "repository-pattern", "rls", "async", "testing", "security", "performance"] {
            #expect(result.stdout.contains(section))
        }
    }
}
