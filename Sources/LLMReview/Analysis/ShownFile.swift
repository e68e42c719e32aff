import ReviewCore

/// The new-side lines of one file as the model saw them, hunk by hunk.
struct ShownFile: Sendable {
    /// New-file line ranges, one per hunk.
    private let hunks: [ClosedRange<Int>]
    /// The text of each added or context line.
    private let texts: [Int: String]

    init(_ file: FileDiff) {
        var hunks: [ClosedRange<Int>] = []
        var texts: [Int: String] = [:]
        for hunk in file.hunks {
            let numbers = hunk.lines.compactMap(\.newLine)
            guard let first = numbers.min(), let last = numbers.max() else { continue }
            hunks.append(first...last)
            for line in hunk.lines { if let number = line.newLine { texts[number] = line.text } }
        }
        self.hunks = hunks
        self.texts = texts
    }

    /// The text of new-file line `line`, or nil when it was not shown as an added or context line.
    func text(ofNewLine line: Int) -> String? { texts[line] }

    /// Whether `first...last` lies inside one hunk, every line of it shown (hosts anchor a range in one hunk).
    func sameHunk(_ first: Int, _ last: Int) -> Bool {
        guard texts[last] != nil else { return false }
        return hunks.contains { $0.contains(first) && $0.contains(last) }
    }
}
