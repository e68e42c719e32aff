import Foundation
import Testing

/// `backend-review review`, run as a real process on the bundled sample and on real git repositories.
struct ReviewCommandTests {
    static let sample = ["--diff", "webhooks/sample-pr/change.diff", "--root", "webhooks/sample-pr/head"]

    static func findings(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return try #require(object?["findings"] as? [[String: Any]])
    }

    @Test func sampleBreaksRulesInEverySection() async throws {
        let result = try await CLIRunner.runOffPool(["review"] + Self.sample + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try Self.findings(result.stdout)
        let sections = Set(findings.compactMap { $0["section"] as? String })
        #expect(sections == ["clean-architecture", "repository-pattern", "rls", "async", "testing", "security", "performance"])
        let sleep = findings.first { ($0["path"] as? String) == "app/presentation/api/v1/reports.py" && ($0["line"] as? Int) == 17 }
        #expect(sleep?["section"] as? String == "async")
        for key in ["rule", "section", "severity", "path", "line", "end_line", "title", "message", "fix", "fingerprint"] {
            #expect(findings.allSatisfy { $0[key] != nil }, "every finding has \(key)")
        }
    }

    @Test func findingsAreRankedBySeverityThenPathThenLine() async throws {
        let result = try await CLIRunner.runOffPool(["review"] + Self.sample + ["--format", "json"])
        let order = ["critical": 0, "high": 1, "medium": 2, "low": 3]
        let keys = try Self.findings(result.stdout).map {
            (order[$0["severity"] as? String ?? ""] ?? 9, $0["path"] as? String ?? "", $0["line"] as? Int ?? 0)
        }
        #expect(keys.count > 5)
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func spanishDescriptionGivesRioplatenseMarkdown() async throws {
        let spanish = try await CLIRunner.runOffPool(
            ["review"] + Self.sample + ["--format", "markdown", "--body-file", "webhooks/sample-pr/description.md"])
        #expect(spanish.stdout.contains("Análisis"))
        #expect(spanish.stdout.contains("Por qué esto es correcto"))
        #expect(spanish.stdout.contains("<!-- backend-review:summary -->"))
        let english = try await CLIRunner.runOffPool(["review"] + Self.sample + ["--format", "markdown", "--title", "Add daily report"])
        #expect(english.stdout.contains("Analysis"))
        #expect(!english.stdout.contains("Análisis"))
        let forced = try await CLIRunner.runOffPool(["review"] + Self.sample + ["--format", "markdown", "--lang", "es"])
        #expect(forced.stdout.contains("Solución"))
    }

    @Test func failOnExitsOneOnlyWhenReached() async throws {
        let critical = try await CLIRunner.runOffPool(["review"] + Self.sample + ["--fail-on", "critical", "--format", "json"])
        #expect(critical.status == 1)
        let clean = try await CLIRunner.runOffPool(["review", "--diff", "-", "--fail-on", "low"], stdin: "")
        #expect(clean.status == 0, "\(clean.stderr)")
    }

    @Test(arguments: [
        (["review"], "--git"),
        (["review", "--git", "main", "--diff", "x.diff"], "exclusive"),
        (["review", "--diff", "no/such/file.diff"], "no/such/file.diff"),
        (["review", "--diff", "-", "--format", "yaml"], "yaml"),
        (["review", "--diff", "-", "--fail-on", "severe"], "severe"),
        (["review", "--diff", "-", "--root", "no/such/dir"], "no/such/dir"),
        (["review", "--diff", "-", "--checklists", "no/such/checklists"], "no/such/checklists"),
        (["review", "--git", "main..HEAD", "--root", "/"], "not a git repository"),
        (["review", "--git=--upload-pack=x"], "not a revision"),
    ])
    func badUsageExitsTwoWithAReason(arguments: [String], mention: String) async throws {
        let result = try await CLIRunner.runOffPool(arguments, stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains(mention), "stderr: \(result.stderr)")
    }

    @Test(arguments: ["text", "markdown", "json", "sarif", "github"])
    func everyFormatRendersTheSample(format: String) async throws {
        let result = try await CLIRunner.runOffPool(["review"] + Self.sample + ["--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("reports.py"))
        switch format {
        case "json", "sarif":
            #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil)
        case "github":
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
        default:
            break
        }
    }

    @Test(arguments: [
        "not a diff at all\n\u{0}\u{1}\u{7f}",
        "diff --git a/x.py b/x.py\n@@ -1,999999999999999999999 +1 @@\n+async def f():\n",
        "diff --git a/\"unterminated b/x\n+++ b/\n@@ @@\n",
    ])
    func oddDiffsAreReviewedWithoutCrashing(diff: String) async throws {
        let result = try await CLIRunner.runOffPool(["review", "--diff", "-", "--format", "json"], stdin: diff)
        #expect(result.status == 0, "\(result.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil)
    }

    @Test func diffWithoutRootStillReviewsAddedFiles() async throws {
        let result = try await CLIRunner.runOffPool(["review", "--diff", "webhooks/sample-pr/change.diff", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try Self.findings(result.stdout)
        #expect(findings.contains { ($0["path"] as? String) == "app/presentation/api/v1/reports.py" && ($0["line"] as? Int) == 17 })
    }
}

/// Paths in a diff are pull-request content: they must not make the CLI read outside `--root`.
struct RootConfinementTests {
    static let outside = "import time\n\n\nasync def leak():\n    time.sleep(1)\n"

    /// A diff that shows `path` with its line 5 as unchanged context.
    static func diff(_ path: String) -> String {
        """
        diff --git a/\(path) b/\(path)
        index 1111111..2222222 100644
        --- a/\(path)
        +++ b/\(path)
        @@ -4,2 +4,3 @@
         async def leak():
        -    pass
        +    return 1
        \u{20}

        """
    }

    @Test(arguments: ["../outside.py", "escape/outside.py"])
    func filesOutsideTheRootAreNotRead(path: String) async throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("br-root-\(UUID().uuidString)")
        let root = base.appendingPathComponent("root")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        // Line 5 of the outside file would be flagged if its contents were read.
        try Self.outside.write(to: base.appendingPathComponent("outside.py"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("escape"), withDestinationURL: base)
        try Self.outside.write(to: root.appendingPathComponent("inside.py"), atomically: false, encoding: .utf8)

        let escaped = try await CLIRunner.runOffPool(
            ["review", "--diff", "-", "--root", root.path, "--include-context", "--format", "json"], stdin: Self.diff(path))
        #expect(escaped.status == 0, "\(escaped.stderr)")
        #expect(!escaped.stdout.contains("async-blocking-sleep"))

        // The same diff on a file inside the root is read, so the test can tell the difference.
        let inside = try await CLIRunner.runOffPool(
            ["review", "--diff", "-", "--root", root.path, "--include-context", "--format", "json"],
            stdin: Self.diff("inside.py"))
        #expect(inside.stdout.contains("async-blocking-sleep"))
    }
}
