import ReviewCore

extension ChunkPlanner {
    /// Estimated tokens of `file` as ``PromptBuilder/numberedLines(of:)`` renders it.
    static func cost(of file: FileDiff) -> Int {
        let width = lineNumberWidth(file)
        var bytes = 0
        for hunk in file.hunks {
            bytes += hunkHeaderBytes(hunk)
            for line in hunk.lines { bytes += lineBytes(line, width: width) }
        }
        return (bytes + 3) / 4
    }

    /// The first hunks of `file` (the last one possibly cut) that fit in `tokens`; nil when not even one
    /// added or context line fits.
    func truncate(_ file: FileDiff, to tokens: Int) -> FileDiff? {
        guard tokens > 0 else { return nil }
        let budget = tokens * 4
        let width = Self.lineNumberWidth(file)
        var bytes = 0
        var kept: [Hunk] = []
        hunks: for hunk in file.hunks {
            bytes += Self.hunkHeaderBytes(hunk)
            guard bytes <= budget else { break }
            var lines: [DiffLine] = []
            for line in hunk.lines {
                bytes += Self.lineBytes(line, width: width)
                if bytes > budget {
                    if !lines.isEmpty { kept.append(Self.hunk(hunk, keeping: lines)) }
                    break hunks
                }
                lines.append(line)
            }
            kept.append(hunk)
        }
        guard kept.contains(where: { $0.lines.contains { $0.newLine != nil } }) else { return nil }
        return FileDiff(
            oldPath: file.oldPath, newPath: file.newPath, status: file.status, oldMode: file.oldMode,
            newMode: file.newMode, similarity: file.similarity, isBinary: file.isBinary, hunks: kept)
    }

    /// `hunk` with only its first `lines`; the header's counts say what is shown.
    private static func hunk(_ hunk: Hunk, keeping lines: [DiffLine]) -> Hunk {
        Hunk(
            oldStart: hunk.oldStart, oldCount: lines.count { $0.oldLine != nil }, newStart: hunk.newStart,
            newCount: lines.count { $0.newLine != nil }, header: hunk.header, lines: lines)
    }

    private static func lineNumberWidth(_ file: FileDiff) -> Int {
        let highest = max(file.addedLines.last ?? 0, file.contextLines.last ?? 0)
        return max(4, String(highest).count)
    }

    private static func hunkHeaderBytes(_ hunk: Hunk) -> Int {
        // "@@ -a,b +c,d @@ header\n" with room for the numbers.
        32 + hunk.header.utf8.count
    }

    private static func lineBytes(_ line: DiffLine, width: Int) -> Int {
        width + 3 + line.text.utf8.count + 1
    }
}
