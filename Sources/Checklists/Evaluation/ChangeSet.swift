import ReviewCore

/// What the checklist sees of a pull request: the changed files with their head contents.
///
/// Built by the engine from a diff plus a content source; pure data, so rules evaluate without I/O.
public struct ChangeSet: Sendable {
    public var files: [ChangedFile]
    /// Project files that some rule asked for (`Catalog.projectFilesNeeded`), e.g. `pyproject.toml`,
    /// keyed by repository-relative path. Absent files are simply missing.
    public var projectFiles: [String: String]

    public init(files: [ChangedFile], projectFiles: [String: String] = [:]) {
        self.files = files
        self.projectFiles = projectFiles
    }
}

/// One file of the change.
public struct ChangedFile: Sendable {
    public enum Status: String, Sendable, Hashable, Codable {
        case added, modified, renamed, copied, deleted
    }

    /// Path in the new tree (the old path for deleted files).
    public var path: String
    public var status: Status
    /// Head contents; nil for deleted and binary files, or when the content source had none.
    public var source: [UInt8]?

    public init(path: String, status: Status, source: [UInt8]?) {
        self.path = path
        self.status = status
        self.source = source
    }
}
