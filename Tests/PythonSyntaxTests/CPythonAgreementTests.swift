import Foundation
import PythonSyntax
import Testing

/// Our tokens against CPython 3.11's `tokenize` on the fixture corpus, through `scripts/pytokens.py`.
/// CPython is required: without python3 on PATH this test fails and says so (CI installs it).
struct CPythonAgreementTests {
    /// Runs the script once over all corpus files.
    static func cpythonDumps(for files: [URL]) throws -> [String: CPythonDump] {
        let script = Fixtures.repositoryRoot.appendingPathComponent("scripts/pytokens.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + files.map(\.path)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PythonUnavailable(status: process.terminationStatus)
        }
        var byPath: [String: CPythonDump] = [:]
        for dump in CPythonDump.parse(String(decoding: data, as: UTF8.self)[...]) { byPath[dump.path] = dump }
        return byPath
    }

    struct PythonUnavailable: Error, CustomStringConvertible {
        var status: Int32
        var description: String {
            "python3 scripts/pytokens.py exited with \(status): python3 (3.11+) must be on PATH for this test"
        }
    }

    @Test func corpusIsLargeAndVaried() {
        #expect(Fixtures.corpusFiles().count >= 30)
    }

    @Test func corpusAgreesWithCPython() throws {
        let files = Fixtures.corpusFiles()
        let dumps = try Self.cpythonDumps(for: files)
        var raisedFiles = 0
        for file in files {
            let dump = try #require(dumps[file.path], "no CPython output for \(file.lastPathComponent)")
            let source = Fixtures.bytes(file)
            let verdict = CPythonComparison.compare(source: source, tokens: Tokenizer().tokenize(source), dump: dump)
            if case .agreesOnError = verdict { raisedFiles += 1 }
            #expect(verdict.isAgreement, "\(file.lastPathComponent): \(verdict)")
        }
        // The corpus deliberately holds files CPython refuses; they must stay in it.
        #expect(raisedFiles >= 5)
    }

    @Test func comparisonReportsTheFirstDifference() {
        let ours = ["NAME 1 0 1 1 'x'", "OP 1 2 1 3 '='"]
        #expect(CPythonComparison.compare(ours: ours, theirs: ours) == .agrees)
        let moved = ["NAME 1 0 1 1 'x'", "OP 1 3 1 4 '='"]
        guard case .disagrees(let kind, _) = CPythonComparison.compare(ours: ours, theirs: moved) else {
            Issue.record("expected a disagreement")
            return
        }
        #expect(kind == "position of OP")
        guard case .disagrees(let missing, _) = CPythonComparison.compare(ours: ours, theirs: ours + ["NEWLINE 1 3 1 4 '\\n'"]) else {
            Issue.record("expected a disagreement")
            return
        }
        #expect(missing == "missing tokens")
    }

    @Test func raisedFilesNeedAnErrorToken() {
        let dump = CPythonDump(path: "x.py", encoding: nil, tokenLines: [], error: "TokenError: EOF in multi-line statement")
        let clean = Array("x = 1\n".utf8)
        #expect(!CPythonComparison.compare(source: clean, tokens: Tokenizer().tokenize(clean), dump: dump).isAgreement)
        let broken = Array("x = (1\n".utf8)
        #expect(CPythonComparison.compare(source: broken, tokens: Tokenizer().tokenize(broken), dump: dump).isAgreement)
    }

    @Test(arguments: [
        ("plain", "'plain'"), ("it's", "\"it's\""), ("both ' and \"", "'both \\' and \"'"), ("tab\there\n", "'tab\\there\\n'"),
        ("é€𝔘\u{7}", "'\\xe9\\u20ac\\U0001d518\\x07'"), ("back\\slash", "'back\\\\slash'"),
    ])
    func asciiReprMatchesPython(text: String, expected: String) {
        #expect(pythonASCIIRepr(Array(text.unicodeScalars)) == expected)
    }
}
