/// One `@@ -oldStart,oldCount +newStart,newCount @@ header` block and its lines.
///
/// The counts are the ones the header declared. A truncated hunk keeps its declared counts and
/// only the lines that were actually read, so `lines` may be shorter than the counts say.
public struct Hunk: Sendable, Hashable, Codable {
    /// First old-file line covered (0 when the old side is empty).
    public var oldStart: Int
    /// Old-file lines covered; 1 when the header omitted the count (`@@ -5 +5 @@`).
    public var oldCount: Int
    /// First new-file line covered (0 when the new side is empty).
    public var newStart: Int
    /// New-file lines covered; 1 when the header omitted the count.
    public var newCount: Int
    /// The text after the closing `@@`, without the one separating space (git puts the
    /// enclosing function or class here, e.g. `def create_item(`); empty when absent.
    public var header: String
    /// The lines read, in diff order; a `\ No newline` marker is a flag on the line before it.
    public var lines: [DiffLine]

    /// Creates a hunk from its header numbers and lines.
    public init(oldStart: Int, oldCount: Int, newStart: Int, newCount: Int, header: String = "", lines: [DiffLine] = []) {
        self.oldStart = oldStart
        self.oldCount = oldCount
        self.newStart = newStart
        self.newCount = newCount
        self.header = header
        self.lines = lines
    }
}
