import ArgumentParser
import Foundation
import PythonSyntax

/// Tokenizer agreement with CPython and throughput over a Python tree (default: the installed stdlib).
///
/// `swift run -c release backend-review-bench tokenize [--root DIR] [--limit N]`
struct TokenizeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Compare PythonSyntax tokens with CPython's tokenize and measure tokenizer/index MB/s."
    )

    @Option(help: "Tree of .py files (default: python3's stdlib; site-packages is always skipped).")
    var root: String?

    @Option(help: "Use at most this many files (sorted by path).")
    var limit: Int?

    @Option(help: "Timed passes over all files; the median is reported.")
    var passes: Int = 7

    @Option(help: "Path to scripts/pytokens.py (default: found from the working directory or the source tree).")
    var script: String?

    @Option(help: "Example files to print per disagreement kind.")
    var examples: Int = 3

    @Option(help: "Print the structural index of one file (path as given is used for module names) and exit.")
    var show: String?

    @Flag(name: .customLong("skip-cpython"), help: "Only measure throughput; skip the comparison with CPython.")
    var skipCPython = false

    func run() throws {
        if let show {
            guard let data = FileManager.default.contents(atPath: show) else { throw ValidationError("cannot read \(show)") }
            TokenizeIndexDump.print(path: show, source: [UInt8](data))
            return
        }
        let rootPath = try root ?? Self.stdlibPath()
        var files = try Self.pythonFiles(under: rootPath)
        if let limit { files = Array(files.prefix(max(0, limit))) }
        guard !files.isEmpty else { throw ValidationError("no .py files under \(rootPath)") }
        let sources = try files.map { path -> [UInt8] in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("cannot read \(path)")
            }
            return [UInt8](data)
        }
        let totalBytes = sources.reduce(0) { $0 + $1.count }
        print("root: \(rootPath)")
        print("files: \(files.count), \(String(format: "%.1f", Double(totalBytes) / 1_000_000)) MB")

        if !skipCPython {
            let clock = ContinuousClock()
            let pythonStart = clock.now
            let dumps = try CPythonTokens.run(script: try resolveScript(), files: files)
            print("CPython tokenize: \(dumps.count) files in \(Self.format(clock.now - pythonStart))")
            let report = AgreementReport(files: files, sources: sources, dumps: dumps)
            report.print(examples: examples)
        }

        let tokenizer = Tokenizer()
        let tokenizeSeconds = Self.medianSeconds(passes: passes) {
            var count = 0
            for source in sources { count &+= tokenizer.tokenize(source).count }
            return count
        }
        let relative = files.map { String($0.dropFirst(rootPath.count).drop(while: { $0 == "/" })) }
        let indexSeconds = Self.medianSeconds(passes: passes) {
            var count = 0
            for (path, source) in zip(relative, sources) {
                count &+= SourceIndex(path: path, source: source).calls.count
            }
            return count
        }
        var violations: [(String, String)] = []
        for (path, source) in zip(relative, sources) {
            if let problem = TokenizeIndexCheck.violation(in: SourceIndex(path: path, source: source)) {
                violations.append((path, problem))
            }
        }
        print("index invariants: \(files.count - violations.count)/\(files.count) files clean")
        for (path, problem) in violations.prefix(examples) { print("  \(path): \(problem)") }
        let megabytes = Double(totalBytes) / 1_000_000
        print(String(format: "tokenizer: %.1f MB/s wall, %.1f MB/s CPU (median of %d passes, %.3f s wall/pass)",
                     megabytes / tokenizeSeconds.wall, megabytes / tokenizeSeconds.cpu, passes, tokenizeSeconds.wall))
        print(String(format: "index (tokenize + SourceIndex): %.1f MB/s wall, %.1f MB/s CPU (median of %d passes, %.3f s wall/pass)",
                     megabytes / indexSeconds.wall, megabytes / indexSeconds.cpu, passes, indexSeconds.wall))
    }

    func resolveScript() throws -> String {
        if let script { return script }
        let candidates = [
            FileManager.default.currentDirectoryPath + "/scripts/pytokens.py",
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("scripts/pytokens.py").path,
        ]
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw ValidationError("scripts/pytokens.py not found; run from the repository root or pass --script")
        }
        return found
    }
}
