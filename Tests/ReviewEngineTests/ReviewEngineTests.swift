import Checklists
import ReviewCore
import ReviewEngine
import Testing

/// The pipeline from diff to ranked findings, on the bundled catalog and on an admin's rule.
struct ReviewEngineTests {
    static let handler = """
        import time
        import requests


        async def handler():
            time.sleep(1)
            return requests.get("https://example.com")

        """

    /// A diff that adds `path` whole, as `git diff` prints it.
    static func addition(_ path: String, _ text: String) -> UnifiedDiff {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let body = lines.map { "+" + $0 }.joined(separator: "\n")
        return UnifiedDiff(parsing: """
            diff --git a/\(path) b/\(path)
            new file mode 100644
            index 0000000..1111111
            --- /dev/null
            +++ b/\(path)
            @@ -0,0 +1,\(lines.count) @@
            \(body)

            """)
    }

    @Test func flagsBlockingCallsOnAddedLinesRanked() throws {
        let engine = ReviewEngine(catalog: try Catalog.bundled())
        let report = try engine.review(
            diff: Self.addition("app/api/h.py", Self.handler),
            contents: InMemoryContentSource(texts: ["app/api/h.py": Self.handler]))
        let async = report.findings.filter { $0.section == .async }
        #expect(async.map(\.line).sorted() == [6, 7])
        #expect(report.findings.allSatisfy { Fingerprint.isWellFormed($0.fingerprint) })
        #expect(report.summary.filesReviewed == 1)
        #expect(report.summary.linesAdded == 7)
        #expect(report.rules.count == engine.catalog.rules.count)
        let ranks = report.findings.map(\.severity.rank)
        #expect(ranks == ranks.sorted())
    }

    @Test func unchangedLinesAreNotReportedUnlessAsked() throws {
        let engine = ReviewEngine(catalog: try Catalog.bundled())
        let head = Self.handler + "\n\nasync def other():\n    return 2\n"
        let diff = UnifiedDiff(parsing: """
            diff --git a/app/api/h.py b/app/api/h.py
            index 1111111..2222222 100644
            --- a/app/api/h.py
            +++ b/app/api/h.py
            @@ -5,4 +5,8 @@
             async def handler():
                 time.sleep(1)
                 return requests.get("https://example.com")
             
            +
            +async def other():
            +    return 2

            """)
        let contents = InMemoryContentSource(texts: ["app/api/h.py": head])
        let plain = try engine.review(diff: diff, contents: contents)
        #expect(plain.findings.isEmpty)
        let withContext = try engine.review(diff: diff, contents: contents, options: ReviewOptions(includeContextLines: true))
        #expect(withContext.findings.map(\.line).sorted() == [6, 7])
    }

    @Test func missingContentsAreRebuiltFromTheDiff() throws {
        let engine = ReviewEngine(catalog: try Catalog.bundled())
        let report = try engine.review(diff: Self.addition("app/api/h.py", Self.handler), contents: EmptyContentSource())
        #expect(report.findings.filter { $0.section == .async }.map(\.line).sorted() == [6, 7])
    }

    @Test func deletedAndBinaryFilesAreSkipped() throws {
        let engine = ReviewEngine(catalog: try Catalog.bundled())
        let diff = UnifiedDiff(parsing: """
            diff --git a/app/old.py b/app/old.py
            deleted file mode 100644
            index 1111111..0000000
            --- a/app/old.py
            +++ /dev/null
            @@ -1,2 +0,0 @@
            -import time
            -time.sleep(1)
            diff --git a/logo.png b/logo.png
            new file mode 100644
            index 0000000..2222222
            Binary files /dev/null and b/logo.png differ

            """)
        let report = try engine.review(diff: diff, contents: EmptyContentSource())
        #expect(report.findings.isEmpty)
        #expect(report.summary.filesReviewed == 0)
    }

    @Test(arguments: [
        (ReviewOptions.LanguageChoice.auto, ["Agrega el endpoint de reservas para los negocios"], Language.es),
        (.auto, ["Add the bookings endpoint for businesses"], .en),
        (.auto, [], .en),
        (.en, ["Agrega el endpoint de reservas para los negocios"], .en),
        (.es, ["Add the bookings endpoint"], .es),
    ])
    func picksTheAnswerLanguage(choice: ReviewOptions.LanguageChoice, description: [String], expected: Language) throws {
        let engine = ReviewEngine(catalog: try Catalog.bundled())
        let report = try engine.review(
            diff: UnifiedDiff(parsing: ""), contents: EmptyContentSource(), description: description,
            options: ReviewOptions(language: choice))
        #expect(report.summary.language == expected)
    }

    @Test func contentSourceFailuresPropagate() throws {
        struct Broken: ContentSource {
            struct Failure: Error {}
            func contents(of path: String) throws -> [UInt8]? { throw Failure() }
        }
        let engine = ReviewEngine(catalog: try Catalog.bundled())
        #expect(throws: Broken.Failure.self) {
            try engine.review(diff: Self.addition("app/api/h.py", Self.handler), contents: Broken())
        }
    }

    @Test func adminRulesRunInsteadOfTheBundle() throws {
        let catalog = try Catalog.load(files: [(name: "custom.yaml", text: """
            rules:
              - id: no-print
                section: observability
                severity: low
                title: {en: "print() in application code", es: "print() en código de aplicación"}
                message: {en: "Use the logger.", es: "Usá el logger."}
                fix: {en: "logger.info(...)", es: "logger.info(...)"}
                why: {en: "Logs need levels and context.", es: "Los logs necesitan nivel y contexto."}
                match:
                  kind: call
                  names: [print]
                examples:
                  - path: app/x.py
                    code: |
                      # ruleid: no-print
                      print("x")
                      # ok: no-print
                      log("x")
            """)])
        let source = "def f():\n    print('hola')\n"
        let report = try ReviewEngine(catalog: catalog).review(
            diff: Self.addition("app/x.py", source), contents: InMemoryContentSource(texts: ["app/x.py": source]))
        #expect(report.findings.map(\.ruleID) == ["no-print"])
        #expect(report.findings.first?.section == Section("observability"))
    }
}
