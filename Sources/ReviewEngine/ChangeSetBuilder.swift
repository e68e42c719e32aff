import Checklists
import Dispatch
import Foundation
import ReviewCore

/// Turns a diff into the checklist's `ChangeSet`, reading head contents from a `ContentSource`.
///
/// When the source has no copy of a file (a bare `--diff` without `--root`), the file is rebuilt
/// from the diff: added and context lines at their new line numbers, blank lines elsewhere, so
/// line numbers stay true and the scanner sees what the diff shows.
struct ChangeSetBuilder {
    var contents: any ContentSource

    func build(from diff: UnifiedDiff, projectFiles: Set<String>) throws -> ChangeSet {
        let candidates = diff.files.filter { $0.status != .deleted && !$0.isBinary }
        let files = try readConcurrently(candidates)
        var project: [String: String] = [:]
        for path in projectFiles.sorted() {
            if let bytes = try contents.contents(of: path) {
                project[path] = String(decoding: bytes, as: UTF8.self)
            }
        }
        return ChangeSet(files: files, projectFiles: project)
    }

    /// Reads in parallel: a 100k-line pull request touches hundreds of files.
    private func readConcurrently(_ diffs: [FileDiff]) throws -> [ChangedFile] {
        let results = ResultBox<ChangedFile>(count: diffs.count)
        DispatchQueue.concurrentPerform(iterations: diffs.count) { index in
            let file = diffs[index]
            do {
                let bytes = try contents.contents(of: file.path) ?? Self.reconstruct(file)
                results.set(index, .success(ChangedFile(path: file.path, status: Self.status(of: file), source: bytes)))
            } catch {
                results.set(index, .failure(error))
            }
        }
        return try results.values()
    }

    static func status(of file: FileDiff) -> ChangedFile.Status {
        switch file.status {
        case .added: .added
        case .deleted: .deleted
        case .modified: .modified
        case .renamed: .renamed
        case .copied: .copied
        }
    }

    /// The new file as far as the diff shows it; unseen lines are left blank.
    static func reconstruct(_ file: FileDiff) -> [UInt8] {
        var lines: [Int: String] = [:]
        var last = 0
        for hunk in file.hunks {
            for line in hunk.lines where line.kind != .removed {
                if let number = line.newLine {
                    lines[number] = line.text
                    last = max(last, number)
                }
            }
        }
        var out: [UInt8] = []
        for number in stride(from: 1, through: last, by: 1) {
            if let text = lines[number] { out.append(contentsOf: text.utf8) }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }
}

/// Collects per-index results from `concurrentPerform` without data races.
final class ResultBox<T>: @unchecked Sendable {
    private var slots: [Result<T, any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<T, any Error>) {
        lock.withLock { slots[index] = value }
    }

    func values() throws -> [T] {
        // Every index is set by concurrentPerform before this runs; an empty slot would be a bug.
        try slots.map { slot in
            guard let slot else { preconditionFailure("concurrentPerform left a slot unset") }
            return try slot.get()
        }
    }
}
