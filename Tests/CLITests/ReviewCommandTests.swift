import Foundation
import Testing

/// `backend-review review`, run as a real process on the bundled sample and on real git repositories.
struct ReviewCommandTests {
    static let sample = ["--diff", "webhooks/sample-pr/change.diff", "--root", "webhooks/sample-pr/head"]

    static func findings(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return try #require(object?["findings"] as? [[String: Any]])
    }

    @Test func sampleBreaksRulesInEverySection() throws {
        let result = try CLIRunner.run(["review"] + Self.sample + ["--format", "json"])
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

    @Test func findingsAreRankedBySeverityThenPathThenLine() throws {
        let result = try CLIRunner.run(["review"] + Self.sample + ["--format", "json"])
        let order = ["critical": 0, "high": 1, "medium": 2, "low": 3]
        let keys = try Self.findings(result.stdout).map {
            (order[$0["severity"] as? String ?? ""] ?? 9, $0["path"] as? String ?? "", $0["line"] as? Int ?? 0)
        }
        #expect(keys.count > 5)
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func spanishDescriptionGivesRioplatenseMarkdown() throws {
        let spanish = try CLIRunner.run(
            ["review"] + Self.sample + ["--format", "markdown", "--body-file", "webhooks/sample-pr/description.md"])
        #expect(spanish.stdout.contains("Análisis"))
        #expect(spanish.stdout.contains("Por qué esto es correcto"))
        #expect(spanish.stdout.contains("<!-- backend-review:summary -->"))
        let english = try CLIRunner.run(["review"] + Self.sample + ["--format", "markdown", "--title", "Add daily report"])
        #expect(english.stdout.contains("Analysis"))
        #expect(!english.stdout.contains("Análisis"))
        let forced = try CLIRunner.run(["review"] + Self.sample + ["--format", "markdown", "--lang", "es"])
        #expect(forced.stdout.contains("Solución"))
    }

    @Test func failOnExitsOneOnlyWhenReached() throws {
        let critical = try CLIRunner.run(["review"] + Self.sample + ["--fail-on", "critical", "--format", "json"])
        #expect(critical.status == 1)
        let clean = try CLIRunner.run(["review", "--diff", "-", "--fail-on", "low"], stdin: "")
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
    func badUsageExitsTwoWithAReason(arguments: [String], mention: String) throws {
        let result = try CLIRunner.run(arguments, stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains(mention), "stderr: \(result.stderr)")
    }

    @Test(arguments: ["text", "markdown", "json", "sarif", "github"])
    func everyFormatRendersTheSample(format: String) throws {
        let result = try CLIRunner.run(["review"] + Self.sample + ["--format", format])
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

    @Test func diffWithoutRootStillReviewsAddedFiles() throws {
        let result = try CLIRunner.run(["review", "--diff", "webhooks/sample-pr/change.diff", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try Self.findings(result.stdout)
        #expect(findings.contains { ($0["path"] as? String) == "app/presentation/api/v1/reports.py" && ($0["line"] as? Int) == 17 })
    }
}
