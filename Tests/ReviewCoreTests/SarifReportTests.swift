import Foundation
import ReviewCore
import Testing

struct SarifReportTests {
    typealias F = ReportFixtures
    static let tool = SARIFReport.Tool(version: "0.1.0", informationURI: "https://example.com/backend-review")

    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sarif/sarif-schema-2.1.0.json")

    /// Runs python3's `jsonschema` on `document`; returns the validator's complaint, or nil when valid.
    static func schemaErrors(_ document: String) throws -> String? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("log.sarif")
        try Data(document.utf8).write(to: log)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            log = json.load(open(sys.argv[2]))
            errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=lambda e: list(e.path))
            for e in errors: print(list(e.path), e.message)
            sys.exit(1 if errors else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, log.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : String(decoding: data, as: UTF8.self)
    }

    static let reports: [String: ReviewReport] = [
        "fixture": F.report(),
        "fixture-es": F.report(language: .es),
        "empty": F.empty,
        "file-level and awkward": ReviewReport(findings: FindingSet.finalize([
            F.finding("model-secret", .security, .critical, "dir with space/ñ#?.py", 0, origin: .model,
                      message: .init(en: "quote \" <b>\n```", es: "x")),
        ])),
    ]

    // Arguments are names, so a failure prints the name rather than the whole report.
    @Test(arguments: reports.keys.sorted())
    func validatesAgainstTheOfficialSchema(_ name: String) throws {
        let report = try #require(Self.reports[name])
        for language in Language.allCases {
            let errors = try Self.schemaErrors(SARIFReport.render(report, language: language, tool: Self.tool))
            #expect(errors == nil, "\(name) [\(language)]: \(errors ?? "")")
        }
    }

    @Test func theValidatorRejectsBrokenLogs() throws {
        // Guards the guard: a validator that accepts everything would make the test above meaningless.
        let broken = SARIFReport.render(F.report(), language: .en, tool: Self.tool)
            .replacingOccurrences(of: "\"level\": \"error\"", with: "\"level\": \"fatal\"")
        #expect(try Self.schemaErrors(broken) != nil)
        #expect(try Self.schemaErrors("{\"version\": \"2.1.0\"}") != nil)
    }

    func run(_ report: ReviewReport, _ language: Language = .en) throws -> [String: Any] {
        let text = SARIFReport.render(report, language: language, tool: Self.tool)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(root["version"] as? String == "2.1.0")
        return try #require((root["runs"] as? [[String: Any]])?.first)
    }

    @Test func describesTheDriverAndEveryRule() throws {
        let run = try run(F.report())
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "backend-review")
        #expect(driver["version"] as? String == "0.1.0")
        #expect(driver["informationUri"] as? String == "https://example.com/backend-review")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        // The report's two rules, then one synthesised per finding whose rule is unknown.
        #expect(rules.map { $0["id"] as? String } == [
            "rls-missing-context", "async-blocking-sleep", "model-n-plus-one", "test-missing", "naming-style",
        ])
        let rls = rules[0]
        #expect((rls["shortDescription"] as? [String: Any])?["text"] as? String == "Missing RLS context")
        #expect((rls["help"] as? [String: Any])?["markdown"] as? String != nil)
        #expect(rls["helpUri"] as? String == "https://example.com/rules/rls-missing-context")
        #expect((rls["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        let properties = try #require(rls["properties"] as? [String: Any])
        #expect(properties["tags"] as? [String] == ["rls"])
        #expect(properties["security-severity"] as? String == "9.5")
        let asyncProperties = try #require(rules[1]["properties"] as? [String: Any])
        #expect(asyncProperties["security-severity"] == nil)
    }

    @Test func mapsEveryFindingToAResult() throws {
        let report = F.report()
        let run = try run(report)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == report.findings.count)
        for (result, finding) in zip(results, report.findings) {
            #expect(result["ruleId"] as? String == finding.ruleID)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == finding.ruleID)
            #expect(result["level"] as? String == SARIFReport.level(finding.severity))
            #expect((result["message"] as? [String: Any])?["text"] as? String == finding.message[.en])
            #expect(result["partialFingerprints"] as? [String: String] == ["backendReview/v1": finding.fingerprint])
            #expect((result["properties"] as? [String: Any])?["origin"] as? String == finding.origin.rawValue)
            let physical = try #require(((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
            #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == finding.path)
            let region = try #require(physical["region"] as? [String: Any])
            #expect(region["startLine"] as? Int == finding.line)
            #expect(region["endLine"] as? Int == finding.endLine)
        }
    }

    static let levels: [(Severity, String)] = [(.critical, "error"), (.high, "error"), (.medium, "warning"), (.low, "note")]

    @Test(arguments: levels)
    func mapsSeverityToLevel(_ pair: (Severity, String)) {
        #expect(SARIFReport.level(pair.0) == pair.1)
    }

    @Test func fileLevelFindingsHaveNoRegionAndPathsAreURIs() throws {
        let report = ReviewReport(findings: FindingSet.finalize([F.finding("r", .security, .low, "dir with space/ñ.py", 0)]))
        let results = try #require(try run(report)["results"] as? [[String: Any]])
        let physical = try #require(((results.first?["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect(physical["region"] == nil)
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "dir%20with%20space/%C3%B1.py")
    }

    @Test func writesTextsInTheChosenLanguage() throws {
        let run = try run(F.report(), .es)
        #expect(run["language"] as? String == "es-AR")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect((results.first?["message"] as? [String: Any])?["text"] as? String == "La query corre antes de set_rls_context().")
    }

    @Test func omitsInformationURIWhenNotGiven() throws {
        let text = SARIFReport.render(F.empty, language: .en, tool: .init(version: "1.0"))
        #expect(!text.contains("informationUri"))
        #expect(text.contains("\"version\": \"1.0\""))
    }

    @Test func defaultsToTheBackendReviewDriver() throws {
        let text = SARIFReport.render(F.report(), language: .en)
        #expect(text == SARIFReport.render(F.report(), language: .en, tool: .backendReview))
        #expect(try Self.schemaErrors(text) == nil)
    }
}
