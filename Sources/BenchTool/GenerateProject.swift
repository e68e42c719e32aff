import ArgumentParser
import Foundation

/// Writes a generated multi-tenant FastAPI project and its all-new diff, for review benchmarks.
///
/// `backend-review-bench generate --lines 100000 --out /tmp/p [--seed 1] [--git]` writes
/// `/tmp/p/project/` (Python only), `/tmp/p/change.diff` (every file new, `git diff` format) and, with
/// `--git`, makes `project` a repository whose `BASE..HEAD` is that same change.
struct GenerateProject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a generated FastAPI project of about N lines of Python and the diff adding it."
    )

    @Option(help: "Approximate number of Python lines to generate (at least 100).")
    var lines: Int

    @Option(help: "Output directory; DIR/project must not exist yet.")
    var out: String

    @Option(help: "Seed; the same seed and size always give the same bytes.")
    var seed: UInt64 = 1

    @Flag(help: "Also make DIR/project a git repository (base commit + head commit) and print BASE..HEAD.")
    var git = false

    func validate() throws {
        guard lines >= 100 else {
            throw ValidationError("--lines must be at least 100 (got \(lines)).")
        }
        guard lines <= 50_000_000 else {
            throw ValidationError("--lines must be at most 50000000 (got \(lines)).")
        }
    }

    func run() throws {
        let started = Date()
        let outURL = URL(fileURLWithPath: out, isDirectory: true)
        let projectURL = outURL.appendingPathComponent("project", isDirectory: true)
        let fileManager = FileManager.default
        guard !fileManager.fileExists(atPath: projectURL.path) else {
            throw ValidationError("\(projectURL.path) already exists; pass an --out without a project/ in it.")
        }
        var generator = ProjectGenerator(seed: seed)
        let files = generator.generate(lines: lines)
        try GeneratorOutput.save(files, into: projectURL)
        let diff = GeneratorDiff.addingAll(files)
        let diffURL = outURL.appendingPathComponent("change.diff")
        try GeneratorOutput.makeDirectories(outURL.path)
        try diff.withUnsafeBufferPointer { try GeneratorOutput.save($0, to: diffURL.path) }

        let totalLines = files.reduce(0) { $0 + $1.lineCount }
        let totalBytes = files.reduce(0) { $0 + $1.text.utf8.count }
        print("project: \(projectURL.path)")
        print("files: \(files.count)")
        print("lines: \(totalLines)")
        print("bytes: \(totalBytes)")
        print("diff: \(diffURL.path) (\(diff.count) bytes)")
        let planted = generator.budget.planted.sorted { $0.key < $1.key }
        print("planted: \(planted.reduce(0) { $0 + $1.value }) violations")
        for (kind, count) in planted {
            print("  \(count)\t\(kind.rawValue)")
        }
        if git {
            let range = try GeneratorGit(directory: projectURL).commit(readme: GeneratorOutput.readme(seed: seed))
            print("git: \(range.base)..\(range.head)")
        }
        print(String(format: "generated in %.2f s", Date().timeIntervalSince(started)))
    }
}
