/// The line-by-line state machine behind ``UnifiedDiff/init(parsing:)-([UInt8])``.
///
/// Three states: before any file (preamble, ignored), inside a file's headers, and inside a hunk.
/// A hunk is strict while its counts last (every ` `, `+`, `-` line is content, even one that reads
/// `diff --git`), and lenient otherwise: any other line ends it early, and lines after the counts
/// are used up are not content.
struct DiffParser {
    private var scanner: LineScanner
    private var files: [FileDiff] = []
    var file: FileDiffBuilder?
    private var hunk: OpenHunk?

    /// A hunk whose counts are not yet used up.
    private struct OpenHunk {
        var hunk: Hunk
        var oldRemaining: Int
        var newRemaining: Int
        var oldNext: Int
        var newNext: Int
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        scanner = LineScanner(bytes)
    }

    mutating func run() -> [FileDiff] {
        while let line = scanner.next() {
            if hunk != nil {
                if consumeHunkLine(line) { continue }
                closeHunk()
            }
            dispatch(line)
        }
        closeHunk()
        finishFile()
        return files
    }

    // MARK: Outside hunks

    private mutating func dispatch(_ line: ByteLine) {
        guard let first = line.first else { return }
        switch first {
        case UInt8(ascii: "d") where line.hasPrefix("diff --git "):
            finishFile()
            var builder = FileDiffBuilder(isGit: true)
            if let (old, new) = DiffPath.splitGitHeader(line.bytes(from: 11)) {
                builder.gitOld = old
                builder.gitNew = new
            }
            file = builder
            return
        case UInt8(ascii: "@") where line.hasPrefix("@@ -"):
            if file != nil, let header = HunkHeader(line) { openHunk(header) }
            return
        case UInt8(ascii: "\\"):
            markNoNewlineAtEnd()
            return
        default:
            break
        }
        if file?.inHeader == true, readGitHeader(line) { return }
        if line.hasPrefix("--- "), let next = scanner.peek(), next.hasPrefix("+++ ") {
            scanner.skip()
            finishFile()
            var builder = FileDiffBuilder(isGit: false)
            builder.minus = DiffPath.field(line.bytes(from: 4))
            builder.plus = DiffPath.field(next.bytes(from: 4))
            file = builder
            return
        }
        if line.hasPrefix("Binary files "), line.hasSuffix(" differ") {
            // `diff -r` reports binary files with this line alone, with no header before it.
            finishFile()
            var builder = FileDiffBuilder(isGit: false)
            builder.isBinary = true
            let (old, new) = Self.binaryPaths(line)
            builder.minus = old
            builder.plus = new
            file = builder
        }
        // Anything else (mail headers, commit messages, `Only in …`, format-patch signatures) is skipped.
    }

    /// `Binary files A and B differ` → (A, B); names containing " and " split at the first one.
    static func binaryPaths(_ line: ByteLine) -> (old: [UInt8]?, new: [UInt8]?) {
        let middle = Array(line.bytes(from: 13).dropLast(7))
        let separator = Array(" and ".utf8)
        var index = 0
        while index + separator.count <= middle.count {
            if Array(middle[index..<(index + separator.count)]) == separator {
                let old = Array(middle[..<index])
                let new = Array(middle[(index + separator.count)...])
                return (DiffPath.unquote(old)?.value ?? old, DiffPath.unquote(new)?.value ?? new)
            }
            index += 1
        }
        return (nil, nil)
    }

    private mutating func finishFile() {
        closeHunk()
        if let built = file?.build() { files.append(built) }
        file = nil
    }

    private mutating func markNoNewlineAtEnd() {
        guard var builder = file, var last = builder.hunks.popLast(), !last.lines.isEmpty else { return }
        file = nil  // keep the builder uniquely referenced while mutating its arrays
        last.lines[last.lines.count - 1].noNewlineAtEndOfFile = true
        builder.hunks.append(last)
        file = builder
    }

    // MARK: Hunks

    private mutating func openHunk(_ header: HunkHeader) {
        file?.inHeader = false
        hunk = OpenHunk(
            hunk: Hunk(
                oldStart: header.oldStart, oldCount: header.oldCount, newStart: header.newStart,
                newCount: header.newCount, header: header.text
            ),
            oldRemaining: header.oldCount, newRemaining: header.newCount,
            oldNext: header.oldStart, newNext: header.newStart
        )
        if header.oldCount == 0 && header.newCount == 0 { closeHunk() }
    }

    private mutating func closeHunk() {
        guard let open = hunk else { return }
        hunk = nil
        file?.hunks.append(open.hunk)
    }

    /// Takes `line` as hunk content if it is; returns false (leaving the hunk open) if it is not.
    private mutating func consumeHunkLine(_ line: ByteLine) -> Bool {
        guard var open = hunk else { return false }
        let kind: DiffLine.Kind
        switch line.first {
        case UInt8(ascii: " ")?: kind = .context
        case UInt8(ascii: "+")?: kind = .added
        case UInt8(ascii: "-")?: kind = .removed
        case UInt8(ascii: "\\")?:
            hunk = nil
            if !open.hunk.lines.isEmpty { markLast(&open) }
            hunk = open
            return true
        case nil where open.oldRemaining > 0 && open.newRemaining > 0:
            // An empty line where a context line is due: a blank context line whose space was
            // stripped by an editor or mail client (git apply accepts these too).
            kind = .context
        default:
            return false
        }
        hunk = nil  // unique reference, so appending to the lines array does not copy it
        var diffLine = DiffLine(kind: kind, text: line.text(from: 1), oldLine: nil, newLine: nil)
        if kind != .added {
            diffLine.oldLine = open.oldNext
            open.oldNext += 1
            open.oldRemaining = max(open.oldRemaining - 1, 0)
        }
        if kind != .removed {
            diffLine.newLine = open.newNext
            open.newNext += 1
            open.newRemaining = max(open.newRemaining - 1, 0)
        }
        open.hunk.lines.append(diffLine)
        hunk = open
        // Counts used up: the hunk is over, so a following `diff`/`---` line is a header again.
        // A `\ No newline` right after it still reaches the last line through markNoNewlineAtEnd.
        if open.oldRemaining == 0 && open.newRemaining == 0 { closeHunk() }
        return true
    }

    private func markLast(_ open: inout OpenHunk) {
        open.hunk.lines[open.hunk.lines.count - 1].noNewlineAtEndOfFile = true
    }
}
