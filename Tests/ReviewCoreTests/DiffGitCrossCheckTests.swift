import Foundation
import ReviewCore
import Testing

/// Checks the parser against git's own patch reader: `git apply --numstat --summary` must report the
/// same files, paths, added/removed counts, creations, deletions, mode changes, renames and copies.
///
/// This makes the real-diff goldens independent of the parser: a golden that agrees with the parser
/// but not with git fails here.
struct DiffGitCrossCheckTests {
    /// Fixtures git cannot read (garbage, truncated, wrong counts) or reads with different path
    /// rules (`diff -u`/`diff -ruN`, where `git apply -p1` strips `old/`/`new/` and we keep them).
    static let notForGit: Set<String> = [
        "empty", "garbage-only", "plain-diff-u", "plain-diff-ruN", "truncated-header", "truncated-hunk",
        "wrong-counts",
    ]

    static let names = DiffFixtures.names.filter { !notForGit.contains($0) }

    @Test func coversTheRealDiffs() {
        #expect(Set(DiffFixtures.realNames).isSubset(of: Set(Self.names)))
        #expect(Self.names.count >= 20)
    }

    @Test(arguments: names)
    func agreesWithGitApply(name: String) throws {
        let url = DiffFixtures.directory.appendingPathComponent("\(name).diff")
        let strip = name.contains("no-prefix") ? "-p0" : "-p1"
        let report = try GitApplyReport(patch: url, strip: strip)
        let parsed = UnifiedDiff(parsing: try DiffFixtures.bytes(name))

        let ours = parsed.files.map { file in
            GitApplyReport.NumStat(
                added: file.isBinary ? nil : file.addedCount, removed: file.isBinary ? nil : file.removedCount,
                path: file.path
            )
        }
        #expect(ours == report.numstat, "\(name): per-file counts or paths differ from git apply --numstat")
        #expect(Set(Self.summary(of: parsed)) == Set(report.summary), "\(name): summary differs from git apply --summary")
        #expect(Self.summary(of: parsed).count == report.summary.count)
    }

    /// Our parse written in the canonical form ``GitApplyReport`` reduces git's summary lines to.
    static func summary(of diff: UnifiedDiff) -> [String] {
        var lines: [String] = []
        for file in diff.files {
            switch file.status {
            case .added: lines.append("create \(file.newMode ?? "?") \(file.path)")
            case .deleted: lines.append("delete \(file.oldMode ?? "?") \(file.path)")
            case .renamed, .copied:
                let verb = file.status == .renamed ? "rename" : "copy"
                lines.append("\(verb) \(file.oldPath ?? "?") -> \(file.newPath ?? "?") \(file.similarity ?? -1)")
            case .modified: break
            }
            if file.status != .added, file.status != .deleted, let old = file.oldMode, let new = file.newMode, old != new {
                lines.append("mode \(old) \(new) \(file.path)")
            }
        }
        return lines
    }
}

/// The output of `git apply -z --numstat --summary`, run in an empty directory so no repository
/// (and no subdirectory filtering) is involved.
struct GitApplyReport {
    struct NumStat: Equatable, CustomStringConvertible {
        var added: Int?
        var removed: Int?
        var path: String
        var description: String { "\(added.map(String.init) ?? "-")\t\(removed.map(String.init) ?? "-")\t\(path)" }
    }

    var numstat: [NumStat] = []
    var summary: [String] = []

    init(patch: URL, strip: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("diff-xcheck-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "apply", strip, "-z", "--numstat", "--summary", patch.path]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CEILING_DIRECTORIES"] = directory.deletingLastPathComponent().path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git apply rejected \(patch.lastPathComponent)")

        // numstat records end in NUL; the summary lines follow the last record, one per LF.
        var records = data.split(separator: 0, omittingEmptySubsequences: false)
        let tail = records.removeLast()
        for record in records {
            let fields = record.split(separator: 0x09, maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            numstat.append(NumStat(
                added: Int(String(decoding: fields[0], as: UTF8.self)),
                removed: Int(String(decoding: fields[1], as: UTF8.self)),
                path: String(decoding: fields[2], as: UTF8.self)
            ))
        }
        for line in String(decoding: tail, as: UTF8.self).split(separator: "\n") {
            summary.append(Self.canonical(String(line.drop { $0 == " " })))
        }
    }

    /// `create mode 100644 p` → `create 100644 p`; `mode change a => b p` → `mode a b p`;
    /// `rename src/{a => b}/x (83%)` → `rename src/a/x -> src/b/x 83`.
    static func canonical(_ line: String) -> String {
        let words = line.split(separator: " ", maxSplits: 3).map(String.init)
        if line.hasPrefix("create mode ") || line.hasPrefix("delete mode "), words.count == 4 {
            return "\(words[0]) \(words[2]) \(words[3])"
        }
        if line.hasPrefix("mode change "), words.count == 4 {
            let rest = words[3].split(separator: " ", maxSplits: 2).map(String.init)  // "=> new path"
            guard rest.count == 3 else { return line }
            return "mode \(words[2]) \(rest[1]) \(rest[2])"
        }
        for verb in ["rename", "copy"] where line.hasPrefix(verb + " ") {
            var body = String(line.dropFirst(verb.count + 1))
            var similarity = -1
            if let open = body.range(of: " (", options: .backwards), body.hasSuffix("%)") {
                similarity = Int(body[open.upperBound...].dropLast(2)) ?? -1
                body = String(body[..<open.lowerBound])
            }
            let (old, new) = expand(body)
            return "\(verb) \(old) -> \(new) \(similarity)"
        }
        return line
    }

    /// Undoes git's shared-prefix compression of rename pairs.
    static func expand(_ pair: String) -> (String, String) {
        if let open = pair.firstIndex(of: "{"), let close = pair.lastIndex(of: "}"), open < close {
            let prefix = pair[..<open]
            let suffix = pair[pair.index(after: close)...]
            let inner = pair[pair.index(after: open)..<close].components(separatedBy: " => ")
            guard inner.count == 2 else { return (pair, pair) }
            func join(_ middle: String) -> String {
                (prefix + middle + suffix).replacingOccurrences(of: "//", with: "/")
            }
            return (join(inner[0]), join(inner[1]))
        }
        let sides = pair.components(separatedBy: " => ")
        return sides.count == 2 ? (sides[0], sides[1]) : (pair, pair)
    }
}
