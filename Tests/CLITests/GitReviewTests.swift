import Foundation
import Testing

/// `review --git` against real repositories made in a temp directory.
struct GitReviewTests {
    static let asyncHandler = """
        import time


        async def handler():
            time.sleep(1)
            return 1

        """

    @Test func reviewsOnlyLinesTheRangeAdds() async throws {
        let repo = try TempGitRepository()
        defer { repo.remove() }
        // The base already blocks in async code: that line is not part of the change.
        try repo.write("app/services/old.py", Self.asyncHandler)
        try repo.write("README.md", "base\n")
        try repo.commit("base")
        try repo.write("app/services/new.py", Self.asyncHandler)
        try repo.write("app/services/old.py", Self.asyncHandler + "\n\nasync def other():\n    return 2\n")
        try repo.commit("Add new handler")

        let result = try await CLIRunner.runOffPool(["review", "--git", "HEAD~1..HEAD", "--root", repo.url.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try ReviewCommandTests.findings(result.stdout)
        let async = findings.filter { ($0["section"] as? String) == "async" }
        #expect(async.map { $0["path"] as? String } == ["app/services/new.py"])
        #expect(async.first?["line"] as? Int == 5)
    }

    @Test func spanishCommitMessagesAnswerInSpanish() async throws {
        let repo = try TempGitRepository()
        defer { repo.remove() }
        try repo.write("README.md", "base\n")
        try repo.commit("base")
        try repo.write("app/services/espera.py", Self.asyncHandler)
        try repo.commit("Agrega el manejador de espera para las reservas")

        let result = try await CLIRunner.runOffPool(["review", "--git", "main~1", "--root", repo.url.path, "--format", "markdown"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Análisis"))
    }

    @Test func unknownRevisionIsAClearError() async throws {
        let repo = try TempGitRepository()
        defer { repo.remove() }
        try repo.write("README.md", "base\n")
        try repo.commit("base")
        let result = try await CLIRunner.runOffPool(["review", "--git", "nope..HEAD", "--root", repo.url.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nope"))
    }

    @Test func pathsWithSpacesAndNonASCIIAreRead() async throws {
        let repo = try TempGitRepository()
        defer { repo.remove() }
        try repo.write("README.md", "base\n")
        try repo.commit("base")
        try repo.write("app/servicios de reservas/añadir.py", Self.asyncHandler)
        try repo.commit("Add handler")
        let result = try await CLIRunner.runOffPool(["review", "--git", "HEAD~1..HEAD", "--root", repo.url.path, "--format", "json"])
        let findings = try ReviewCommandTests.findings(result.stdout)
        #expect(findings.contains { ($0["path"] as? String) == "app/servicios de reservas/añadir.py" && ($0["line"] as? Int) == 5 })
    }

    @Test func symlinksInTheRangeAreReadAsGitStoresThem() async throws {
        let repo = try TempGitRepository()
        defer { repo.remove() }
        try repo.write("README.md", "base\n")
        try repo.commit("base")
        // A hostile PR can add a link to a file outside the repository; git stores only the target path.
        try FileManager.default.createSymbolicLink(
            atPath: repo.url.appendingPathComponent("leak.py").path, withDestinationPath: "/etc/passwd")
        try repo.write("app/h.py", Self.asyncHandler)
        try repo.commit("Add handler and link")
        let result = try await CLIRunner.runOffPool(["review", "--git", "HEAD~1..HEAD", "--root", repo.url.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("root:"))
        let findings = try ReviewCommandTests.findings(result.stdout)
        #expect(findings.contains { ($0["path"] as? String) == "app/h.py" && ($0["line"] as? Int) == 5 })
        #expect(!findings.contains { ($0["path"] as? String) == "leak.py" })
    }
}
