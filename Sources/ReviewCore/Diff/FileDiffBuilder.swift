/// Everything the parser has learned about one file so far; ``build()`` decides paths and status.
///
/// Paths come from several places that may disagree, so they are kept apart until the file ends:
/// `rename/copy from/to` (exact, no prefix) beat `---`/`+++` (prefixed), which beat the
/// `diff --git` line (ambiguous when names contain spaces).
struct FileDiffBuilder {
    /// Started by `diff --git`: extended headers are read, and prefixes follow the git line.
    var isGit: Bool
    /// True until the first hunk or `GIT binary patch`: only then are extended headers meaningful.
    var inHeader: Bool
    /// The text after `diff --git `; split into two paths only when the other sources leave a gap,
    /// because the split is the one costly step of a header.
    var gitLine: [UInt8]?
    var minus: [UInt8]?
    var plus: [UInt8]?
    var renameFrom: [UInt8]?
    var renameTo: [UInt8]?
    var copyFrom: [UInt8]?
    var copyTo: [UInt8]?
    var isNewFile = false
    var isDeletedFile = false
    var oldMode: String?
    var newMode: String?
    var indexMode: String?
    var similarity: Int?
    var isBinary = false
    var hunks: [Hunk] = []
    /// New-file numbers of added and context lines, in reading order.
    var addedLines: [Int] = []
    var contextLines: [Int] = []

    init(isGit: Bool) {
        self.isGit = isGit
        self.inHeader = isGit
    }

    /// Whether one leading path component is a prefix to strip from `---`/`+++` and git-line paths.
    /// Both `---` and `+++` naming a file say it directly; otherwise the git line decides.
    private func prefixed(git: (old: [UInt8], new: [UInt8])?) -> Bool {
        if let old = minus, let new = plus, old != DiffPath.devNull, new != DiffPath.devNull {
            return DiffPath.hasPrefixPair(old, new)
        }
        if let git { return DiffPath.hasPrefixPair(git.old, git.new) }
        switch (minus, plus) {
        case let (old?, new?) where old != DiffPath.devNull && new != DiffPath.devNull:
            return DiffPath.hasPrefixPair(old, new)
        case let (old?, _) where old != DiffPath.devNull:
            return DiffPath.hasDefaultPrefix(old)
        case let (_, new?) where new != DiffPath.devNull:
            return DiffPath.hasDefaultPrefix(new)
        default:
            return false
        }
    }

    /// The finished file, or nil when no path could be found at all (garbage that looked like a header).
    func build() -> FileDiff? {
        let oldKnown = renameFrom != nil || copyFrom != nil || (minus != nil && minus != DiffPath.devNull)
        let newKnown = renameTo != nil || copyTo != nil || (plus != nil && plus != DiffPath.devNull)
        let bothHeaders = minus != nil && plus != nil && minus != DiffPath.devNull && plus != DiffPath.devNull
        let git = (oldKnown && newKnown && bothHeaders) ? nil : gitLine.flatMap(DiffPath.splitGitHeader)
        let strip = prefixed(git: git)
        func clean(_ path: [UInt8]?) -> String? {
            guard let path, path != DiffPath.devNull, !path.isEmpty else { return nil }
            return DiffPath.string(strip ? DiffPath.dropComponent(path) : path)
        }
        let oldSide = renameFrom.map(DiffPath.string) ?? copyFrom.map(DiffPath.string) ?? clean(minus) ?? clean(git?.old)
        let newSide = renameTo.map(DiffPath.string) ?? copyTo.map(DiffPath.string) ?? clean(plus) ?? clean(git?.new)

        let status: FileDiff.Status
        if isDeletedFile || plus == DiffPath.devNull || (!isGit && onlyHunkIs(newSideEmpty: true)) {
            status = .deleted
        } else if isNewFile || minus == DiffPath.devNull || (!isGit && onlyHunkIs(newSideEmpty: false)) {
            status = .added
        } else if renameFrom != nil || renameTo != nil {
            status = .renamed
        } else if copyFrom != nil || copyTo != nil {
            status = .copied
        } else {
            status = .modified
        }
        let oldPath = status == .added ? nil : (oldSide ?? newSide)
        let newPath = status == .deleted ? nil : (newSide ?? oldSide)
        guard oldPath != nil || newPath != nil else { return nil }

        var oldMode = oldMode
        var newMode = newMode
        // `index abc..def 100644` states the mode of a file whose mode did not change.
        if let indexMode, oldMode == nil, newMode == nil {
            if status != .added { oldMode = indexMode }
            if status != .deleted { newMode = indexMode }
        }
        return FileDiff(
            oldPath: oldPath, newPath: newPath, status: status, oldMode: oldMode, newMode: newMode,
            similarity: similarity, isBinary: isBinary, hunks: hunks, addedLines: addedLines,
            contextLines: contextLines
        )
    }

    /// Plain `diff -u` has no `new file` line; `diff -N` shows a creation as one `@@ -0,0 +1,n @@` hunk.
    private func onlyHunkIs(newSideEmpty: Bool) -> Bool {
        guard hunks.count == 1, let hunk = hunks.first else { return false }
        if newSideEmpty { return hunk.newStart == 0 && hunk.newCount == 0 && hunk.oldCount > 0 }
        return hunk.oldStart == 0 && hunk.oldCount == 0 && hunk.newCount > 0
    }
}
