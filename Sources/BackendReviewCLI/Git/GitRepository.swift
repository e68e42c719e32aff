import Foundation

/// A local git repository, driven through the `git` command line.
struct GitRepository {
    let path: String

    init(path: String) throws {
        self.path = path
        let probe = try run(["rev-parse", "--git-dir"])
        guard probe.status == 0 else {
            throw CLIError("--root \(path) is not a git repository: \(Self.firstLine(probe.stderr))")
        }
    }

    /// `git diff` of the range, in the standard a/ b/ format whatever the user's git config says.
    func diff(_ range: GitRange) throws -> [UInt8] {
        let output = try run([
            "-c", "core.quotePath=true", "diff", "--no-color", "--no-ext-diff", "--no-textconv", "-M",
            "--src-prefix=a/", "--dst-prefix=b/", range.diffArgument, "--",
        ])
        guard output.status == 0 else {
            throw CLIError("git diff \(range.diffArgument) failed: \(Self.firstLine(output.stderr))")
        }
        return [UInt8](output.stdout)
    }

    /// Commit subjects and bodies in the range: what the author said about the change.
    func messages(_ range: GitRange) throws -> [String] {
        let output = try run(["log", "--format=%B%x00", "\(range.base)..\(range.head)"])
        guard output.status == 0 else { return [] }
        return String(decoding: output.stdout, as: UTF8.self)
            .split(separator: "\u{0}")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// Blob contents at `revision` for every path that exists there, in one `git cat-file --batch` call.
    func contents(at revision: String, paths: [String]) throws -> [String: [UInt8]] {
        guard !paths.isEmpty else { return [:] }
        let request = paths.map { "\(revision):\($0)\n" }.joined()
        let output = try run(["cat-file", "--batch"], input: Data(request.utf8))
        guard output.status == 0 else {
            throw CLIError("git cat-file failed: \(Self.firstLine(output.stderr))")
        }
        return CatFileBatch.parse([UInt8](output.stdout), paths: paths)
    }

    private func run(_ arguments: [String], input: Data? = nil) throws -> ProcessOutput {
        do {
            return try Process.run("git", ["-C", path] + arguments, input: input)
        } catch {
            throw CLIError("cannot run git: \(error)")
        }
    }

    static func firstLine(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "no output"
    }
}
