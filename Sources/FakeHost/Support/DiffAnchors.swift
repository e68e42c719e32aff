import ReviewCore

/// Which lines of a stored diff a comment may be anchored to, and the anchor details GitHub
/// reports back (`diff_hunk`, `position`). All built on ReviewCore's parsed `FileDiff`.
enum DiffAnchors {
    /// The right side of a comment: a new-file line (added or context) or an old-file one (removed or context).
    enum Side: String, Sendable {
        case right = "RIGHT"
        case left = "LEFT"
    }

    /// Whether `line` on `side` is shown by the diff: RIGHT takes added and context lines, LEFT removed and context.
    static func contains(_ file: FileDiff, line: Int, side: Side) -> Bool {
        switch side {
        case .right: file.kind(ofNewLine: line) != nil
        case .left: file.hunks.contains { hunk in hunk.lines.contains { $0.kind != .added && $0.oldLine == line } }
        }
    }

    /// GitLab's rule: the diff line whose old and new numbers are exactly `(oldLine, newLine)`
    /// (added: new only; removed: old only; unchanged: both).
    static func gitlabLine(_ file: FileDiff, oldLine: Int?, newLine: Int?) -> DiffLine? {
        for hunk in file.hunks {
            for line in hunk.lines {
                let old = line.kind == .added ? nil : line.oldLine
                let new = line.kind == .removed ? nil : line.newLine
                if old == oldLine && new == newLine { return line }
            }
        }
        return nil
    }

    /// GitHub `position`: lines below the file's first `@@`, later hunk headers counted as lines.
    static func position(_ file: FileDiff, line: Int, side: Side) -> Int? {
        var position = 0
        for (index, hunk) in file.hunks.enumerated() {
            if index > 0 { position += 1 }
            for diffLine in hunk.lines {
                position += 1
                if matches(diffLine, line: line, side: side) { return position }
            }
        }
        return nil
    }

    /// GitHub `diff_hunk`: the hunk header and its lines down to the commented one.
    static func diffHunk(_ file: FileDiff, line: Int, side: Side) -> String {
        for hunk in file.hunks {
            guard let end = hunk.lines.firstIndex(where: { matches($0, line: line, side: side) }) else { continue }
            var header = "@@ -\(hunk.oldStart),\(hunk.oldCount) +\(hunk.newStart),\(hunk.newCount) @@"
            if !hunk.header.isEmpty { header += " " + hunk.header }
            var lines = [header]
            lines.reserveCapacity(end + 2)
            for diffLine in hunk.lines[...end] { lines.append(marker(diffLine.kind) + diffLine.text) }
            return lines.joined(separator: "\n")
        }
        return ""
    }

    private static func matches(_ diffLine: DiffLine, line: Int, side: Side) -> Bool {
        switch side {
        case .right: diffLine.kind != .removed && diffLine.newLine == line
        case .left: diffLine.kind != .added && diffLine.oldLine == line
        }
    }

    private static func marker(_ kind: DiffLine.Kind) -> String {
        switch kind {
        case .added: "+"
        case .removed: "-"
        case .context: " "
        }
    }
}
