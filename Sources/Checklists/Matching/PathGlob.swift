/// A gitignore-like path glob for other targets (the memory's `scope:` tags, `ignore <rule> in <glob>`).
/// Same semantics as the checklists' `paths`: `*` within a segment, `**` across segments, a pattern without `/`
/// matches the file name at any depth.
public struct PathGlob: Sendable, Hashable {
    private let glob: Glob

    /// Compiles `pattern`; throws a ``GlobError`` that says what is wrong with it.
    public init(_ pattern: String) throws(GlobError) {
        glob = try Glob(pattern)
    }

    /// The pattern as given.
    public var pattern: String { glob.source }

    /// Whether `path` (relative to the repository root) matches.
    public func matches(_ path: String) -> Bool { glob.matches(path) }
}
