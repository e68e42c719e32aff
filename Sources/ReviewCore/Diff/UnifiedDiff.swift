/// A parsed unified diff: what `git diff`, GitHub/GitLab/Gitea `.diff` endpoints and `diff -u` print.
///
/// Parsing never fails: unknown lines are skipped, a truncated hunk keeps the lines that were read,
/// and bytes that are not UTF-8 are decoded with replacement characters.
///
/// ```swift
/// let diff = UnifiedDiff(parsing: bytes)
/// for file in diff.files where file.kind(ofNewLine: 42) == .added { … }
/// ```
public struct UnifiedDiff: Sendable, Hashable, Codable {
    /// The files in the order the diff lists them.
    public var files: [FileDiff]

    /// Wraps already-built file diffs.
    public init(files: [FileDiff]) {
        self.files = files
    }

    /// Parses diff bytes. Never throws, never traps; empty input gives zero files.
    public init(parsing bytes: [UInt8]) {
        self.files = bytes.withUnsafeBufferPointer { buffer in
            var parser = DiffParser(buffer)
            return parser.run()
        }
    }

    /// Parses diff text; same as parsing its UTF-8 bytes.
    public init(parsing text: String) {
        var text = text
        self.files = text.withUTF8 { buffer in
            var parser = DiffParser(buffer)
            return parser.run()
        }
    }

    /// The file whose new path (or old path, for deletions) is `path`.
    public func file(at path: String) -> FileDiff? {
        files.first { $0.path == path }
    }
}
