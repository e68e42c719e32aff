/// The change to one file: its paths, what happened to it, and its hunks.
///
/// `addedLines` and `contextLines` are the new-file line numbers a review comment may be anchored
/// to. Use ``kind(ofNewLine:)`` to ask whether a finding's line is part of the diff.
public struct FileDiff: Sendable, Hashable, Codable {
    /// What happened to the file as a whole.
    public enum Status: String, Sendable, Hashable, Codable {
        case added, deleted, modified, renamed, copied
    }

    /// Path before the change, without the `a/` prefix; nil for added files.
    public var oldPath: String?
    /// Path after the change, without the `b/` prefix; nil for deleted files.
    public var newPath: String?
    /// `newPath ?? oldPath`: the path a review comment is posted on.
    public var path: String
    /// Added, deleted, modified, renamed or copied (see docs/diff-parser.md for how it is decided).
    public var status: Status
    /// File mode before the change (`100644`, `100755`, `120000`), when the diff says it.
    public var oldMode: String?
    /// File mode after the change, when the diff says it.
    public var newMode: String?
    /// `similarity index` percentage of a rename or copy.
    public var similarity: Int?
    /// True for `Binary files … differ` and `GIT binary patch` entries; those have no hunks.
    public var isBinary: Bool
    /// The hunks in diff order; empty for binary files, pure renames and mode-only changes.
    public var hunks: [Hunk]
    /// New-file line numbers of `+` lines, ascending.
    public var addedLines: [Int]
    /// New-file line numbers of ` ` (context) lines, ascending.
    public var contextLines: [Int]

    /// Creates a file diff; `path`, `addedLines` and `contextLines` are derived from the arguments.
    public init(
        oldPath: String?, newPath: String?, status: Status, oldMode: String? = nil, newMode: String? = nil,
        similarity: Int? = nil, isBinary: Bool = false, hunks: [Hunk] = []
    ) {
        var added: [Int] = []
        var context: [Int] = []
        for hunk in hunks {
            for line in hunk.lines {
                guard let number = line.newLine else { continue }
                if line.kind == .added { added.append(number) } else { context.append(number) }
            }
        }
        self.init(
            oldPath: oldPath, newPath: newPath, status: status, oldMode: oldMode, newMode: newMode,
            similarity: similarity, isBinary: isBinary, hunks: hunks, addedLines: added, contextLines: context
        )
    }

    /// The parser's entry point: it collects the line numbers while reading, saving a second pass.
    init(
        oldPath: String?, newPath: String?, status: Status, oldMode: String?, newMode: String?,
        similarity: Int?, isBinary: Bool, hunks: [Hunk], addedLines: [Int], contextLines: [Int]
    ) {
        self.oldPath = oldPath
        self.newPath = newPath
        self.path = newPath ?? oldPath ?? ""
        self.status = status
        self.oldMode = oldMode
        self.newMode = newMode
        self.similarity = similarity
        self.isBinary = isBinary
        self.hunks = hunks
        // Hunks from git are ordered, but a hand-made or reordered diff must not break the binary search.
        self.addedLines = Self.sortedUnique(addedLines)
        self.contextLines = Self.sortedUnique(contextLines)
    }

    /// Whether new-file line `line` is an added or context line of this diff; nil if the diff does not show it.
    ///
    /// Runs in O(log n), so the engine can ask for every finding.
    public func kind(ofNewLine line: Int) -> DiffLine.Kind? {
        if Self.contains(addedLines, line) { return .added }
        if Self.contains(contextLines, line) { return .context }
        return nil
    }

    static func contains(_ sorted: [Int], _ value: Int) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low &+ high) >> 1
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value
    }

    private static func sortedUnique(_ values: [Int]) -> [Int] {
        var ascending = true
        var index = 1
        while index < values.count {
            if values[index - 1] >= values[index] { ascending = false; break }
            index += 1
        }
        if ascending { return values }
        var result = Array(Set(values))
        result.sort()
        return result
    }
}
