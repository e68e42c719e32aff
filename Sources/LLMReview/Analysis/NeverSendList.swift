import Checklists
import ReviewCore

/// The `llm.never_send` globs: files that never leave the machine, whatever is in them.
struct NeverSendList: Sendable {
    private let globs: [PathGlob]
    /// Patterns that did not compile; logged, since the settings loader should have rejected them.
    let invalid: [String]

    init(_ patterns: [String]) {
        var globs: [PathGlob] = []
        var invalid: [String] = []
        for pattern in patterns {
            if let glob = try? PathGlob(pattern) { globs.append(glob) } else { invalid.append(pattern) }
        }
        self.globs = globs
        self.invalid = invalid
    }

    /// Whether `path` matches a glob.
    func matches(_ path: String) -> Bool {
        globs.contains { $0.matches(path) }
    }

    /// Whether the file's new or old path matches: renaming `.env` to `config.txt` does not smuggle it out.
    func matches(_ file: FileDiff) -> Bool {
        if matches(file.path) { return true }
        if let oldPath = file.oldPath, matches(oldPath) { return true }
        return false
    }
}
