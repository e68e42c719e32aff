import Foundation
import ReviewCore
import Testing

struct JSONReportTests {
    typealias F = ReportFixtures

    static let findingKeys = [
        "rule", "section", "severity", "path", "line", "end_line", "title", "message", "fix", "fingerprint", "why",
        "considerations", "origin",
    ]
    static let summaryKeys = [
        "language", "total", "counts", "sections", "files_reviewed", "lines_added", "rules_evaluated", "suppressed",
        "unanchored", "notes",
    ]

    func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test(arguments: Language.allCases)
    func hasTheDocumentedShape(_ language: Language) throws {
        let report = F.report(unanchored: [F.findings[2]], notes: ["n1"])
        let json = try parse(JSONReport.render(report, language: language))
        #expect(Set(json.keys) == ["schema_version", "findings", "summary"])
        #expect(json["schema_version"] as? Int == JSONReport.schemaVersion)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == report.findings.count)
        for (object, finding) in zip(findings, report.findings) {
            #expect(Set(object.keys) == Set(Self.findingKeys))
            #expect(object["rule"] as? String == finding.ruleID)
            #expect(object["severity"] as? String == finding.severity.rawValue)
            #expect(object["line"] as? Int == finding.line)
            #expect(object["end_line"] as? Int == finding.endLine)
            #expect(object["title"] as? String == finding.title[language])
            #expect(object["message"] as? String == finding.message[language])
            #expect(object["why"] as? String == finding.why[language])
            #expect(object["fingerprint"] as? String == finding.fingerprint)
            #expect(object["origin"] as? String == finding.origin.rawValue)
        }
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(Set(summary.keys) == Set(Self.summaryKeys))
        #expect(summary["language"] as? String == language.rawValue)
        #expect(summary["total"] as? Int == 5)
        #expect(summary["counts"] as? [String: Int] == ["critical": 1, "high": 1, "medium": 2, "low": 1])
        #expect((summary["sections"] as? [String: Int])?["rls"] == 1)
        #expect(summary["unanchored"] as? [String] == [F.findings[2].fingerprint])
        #expect(summary["notes"] as? [String] == ["n1"])
        let suppressed = try #require(summary["suppressed"] as? [String: Any])
        #expect(suppressed["count"] as? Int == 2)
    }

    @Test func writesKeysInTheDocumentedOrder() {
        let text = JSONReport.render(F.report(), language: .en)
        let firstFinding = text.components(separatedBy: "\n    },")[0]
        let positions = Self.findingKeys.map { firstFinding.range(of: "\"\($0)\":")?.lowerBound }
        #expect(!positions.contains(nil))
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        let summary = text.components(separatedBy: "\"summary\"")[1]
        let summaryPositions = Self.summaryKeys.map { summary.range(of: "\"\($0)\":")?.lowerBound }.compactMap { $0 }
        #expect(summaryPositions.count == Self.summaryKeys.count)
        #expect(summaryPositions == summaryPositions.sorted())
    }

    @Test func isByteForByteReproducible() {
        #expect(JSONReport.render(F.report(), language: .es) == JSONReport.render(F.report(), language: .es))
    }

    static let awkwardTexts = [
        "quote \" backslash \\ slash /", "line\nbreak\r\ttab", "control \u{01}\u{1F}", "unicode ñ 🤖 \u{2028}",
        "<!-- backend-review:summary -->",
    ]

    @Test(arguments: awkwardTexts)
    func escapesAnyText(_ text: String) throws {
        let finding = F.finding("r", .async, .low, "dir/with \"quote\".py", 1, message: .init(en: text, es: text))
        let json = try parse(JSONReport.render(ReviewReport(findings: [finding]), language: .en))
        let first = try #require((json["findings"] as? [[String: Any]])?.first)
        #expect(first["message"] as? String == text)
        #expect(first["path"] as? String == "dir/with \"quote\".py")
    }

    @Test func emptyReportIsValid() throws {
        let json = try parse(JSONReport.render(F.empty, language: .en))
        #expect((json["findings"] as? [Any])?.isEmpty == true)
        #expect(((json["summary"] as? [String: Any])?["counts"] as? [String: Int]) == ["critical": 0, "high": 0, "medium": 0, "low": 0])
    }
}
