import ReviewCore

/// One state of a pull request's diff: seeded by `addPullRequest`, one more per `push`.
struct DiffVersion: Sendable {
    var headSHA: String
    var baseSHA: String
    /// GitLab `diff_refs.start_sha` (the target branch tip the diff was computed against).
    var startSHA: String
    var raw: [UInt8]
    var parsed: UnifiedDiff

    init(headSHA: String, baseSHA: String, startSHA: String, diff: String) {
        self.headSHA = headSHA
        self.baseSHA = baseSHA
        self.startSHA = startSHA
        self.raw = Array(diff.utf8)
        self.parsed = UnifiedDiff(parsing: raw)
    }

    /// The file a comment's path names: its new path, or its old path when it was deleted.
    func file(at path: String) -> FileDiff? {
        parsed.files.first { $0.path == path }
    }
}
