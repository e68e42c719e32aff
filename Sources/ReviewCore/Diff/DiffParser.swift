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
    // The open hunk, kept in flat stored properties rather than an optional struct so appending
    // a line never copies or re-wraps anything (this loop runs once per diff line).
    private var inHunk = false
    private var hunk = OpenHunk(oldStart: 0, oldCount: 0, newStart: 0, newCount: 0, header: "")
    private var lines: [DiffLine] = []
    private var oldRemaining = 0
    private var newRemaining = 0
    private var oldNext = 0
    private var newNext = 0
    private var addedNumbers: [Int] = []
    private var contextNumbers: [Int] = []

    /// The header numbers of the open hunk.
    private struct OpenHunk {
        var oldStart: Int
        var oldCount: Int
        var newStart: Int
        var newCount: Int
        var header: String
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        scanner = LineScanner(bytes)
    }

    mutating func run() -> [FileDiff] {
        while let line = scanner.next() {
            if inHunk {
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
            builder.gitLine = line.bytes(from: 11)
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
        if file?.inHeader == true, file?.readGitHeader(line) == true { return }
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
        if file != nil {
            file?.addedLines = addedNumbers
            file?.contextLines = contextNumbers
            if let built = file?.build() { files.append(built) }
        }
        file = nil
        addedNumbers = []
        contextNumbers = []
    }

    private mutating func markNoNewlineAtEnd() {
        file?.markLastLineNoNewline()
    }

    // MARK: Hunks

    private mutating func openHunk(_ header: HunkHeader) {
        file?.inHeader = false
        hunk = OpenHunk(
            oldStart: header.oldStart, oldCount: header.oldCount, newStart: header.newStart,
            newCount: header.newCount, header: header.text
        )
        inHunk = true
        // A hunk has at least max(oldCount, newCount) lines when its counts are right. Counts may
        // be wrong or hostile, so the reservation is capped and closeHunk trims what went unused.
        lines = []
        lines.reserveCapacity(min(max(header.oldCount, header.newCount), 1024))
        oldRemaining = header.oldCount
        newRemaining = header.newCount
        oldNext = header.oldStart
        newNext = header.newStart
        if header.oldCount == 0 && header.newCount == 0 { closeHunk() }
    }

    private mutating func closeHunk() {
        guard inHunk else { return }
        inHunk = false
        if lines.capacity > 2 * lines.count + 16 {
            // Counts promised more than came: keep a right-sized copy, so a million
            // `@@ -1,1024 +1,1024 @@` lines cannot pin gigabytes of unused capacity.
            var trimmed: [DiffLine] = []
            trimmed.reserveCapacity(lines.count)
            trimmed.append(contentsOf: lines)
            lines = trimmed
        }
        let finished = Hunk(
            oldStart: hunk.oldStart, oldCount: hunk.oldCount, newStart: hunk.newStart,
            newCount: hunk.newCount, header: hunk.header, lines: lines
        )
        lines = []
        file?.hunks.append(finished)
    }

    /// Takes `line` as hunk content if it is; returns false (leaving the hunk open) if it is not.
    private mutating func consumeHunkLine(_ line: ByteLine) -> Bool {
        let kind: DiffLine.Kind
        switch line.first {
        case UInt8(ascii: " ")?: kind = .context
        case UInt8(ascii: "+")?: kind = .added
        case UInt8(ascii: "-")?: kind = .removed
        case UInt8(ascii: "\\")?:
            if !lines.isEmpty { lines[lines.count - 1].noNewlineAtEndOfFile = true }
            return true
        case nil where oldRemaining > 0 && newRemaining > 0:
            // An empty line where a context line is due: a blank context line whose space was
            // stripped by an editor or mail client (git apply accepts these too).
            kind = .context
        default:
            return false
        }
        var oldLine: Int?
        var newLine: Int?
        if kind != .added {
            oldLine = oldNext
            oldNext += 1
            if oldRemaining > 0 { oldRemaining -= 1 }
        }
        if kind != .removed {
            newLine = newNext
            if kind == .added { addedNumbers.append(newNext) } else { contextNumbers.append(newNext) }
            newNext += 1
            if newRemaining > 0 { newRemaining -= 1 }
        }
        lines.append(DiffLine(kind: kind, text: line.text(from: 1), oldLine: oldLine, newLine: newLine))
        // Counts used up: the hunk is over, so a following `diff`/`---` line is a header again.
        // A `\ No newline` right after it still reaches the last line through markNoNewlineAtEnd.
        if oldRemaining == 0 && newRemaining == 0 { closeHunk() }
        return true
    }
}
