import Foundation

/// Turns the generated project into a git repository with a base commit (a README) and a head commit
/// adding every generated file, so `review --git BASE..HEAD` sees the same change as `change.diff`.
struct GeneratorGit {
    /// What went wrong running git, with the command and its stderr.
    struct Failure: Error, CustomStringConvertible {
        let command: String
        let status: Int32
        let stderr: String

        var description: String {
            "git \(command) failed with status \(status): \(stderr.trimmingCharacters(in: .whitespacesAndNewlines))"
        }
    }

    let directory: URL

    /// Commits and returns `BASE..HEAD` as full commit ids. `readme` is written and committed first.
    func commit(readme: String) throws -> (base: String, head: String) {
        try run(["init", "-q"])
        try run(["config", "user.name", "backend-review bench"])
        try run(["config", "user.email", "bench@backend-review.invalid"])
        try run(["config", "commit.gpgsign", "false"])
        try run(["config", "core.autocrlf", "false"])
        try Data(readme.utf8).write(to: directory.appendingPathComponent("README.md"))
        try run(["add", "README.md"])
        try run(["commit", "-q", "--no-verify", "-m", "Base: empty project"])
        let base = try run(["rev-parse", "HEAD"])
        try run(["add", "-A"])
        try run(["commit", "-q", "--no-verify", "-m", "Add the generated multi-tenant FastAPI project"])
        let head = try run(["rev-parse", "HEAD"])
        return (base, head)
    }

    /// Runs git in `directory` with a fixed identity and dates, so commit ids repeat for a seed.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_DATE"] = "2026-01-09T12:00:00Z"
        environment["GIT_COMMITTER_DATE"] = "2026-01-09T12:00:00Z"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: a full pipe would otherwise block git forever.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                command: arguments.joined(separator: " "),
                status: process.terminationStatus,
                stderr: String(decoding: errData, as: UTF8.self)
            )
        }
        return String(decoding: outData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
