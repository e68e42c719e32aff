import Foundation

/// A repository (GitLab: project) with its files per ref, pull requests and commit statuses.
struct StoredRepository: Sendable {
    var kind: FakeHostKind
    var owner: String
    var name: String
    var defaultBranch: String
    /// GitHub/Gitea repository id, GitLab project id.
    var id: Int
    /// ref (branch or sha) → path → bytes.
    var files: [String: [String: [UInt8]]] = [:]
    var pulls: [Int: StoredPullRequest] = [:]
    var statuses: [FakeStatus] = []
    /// Seeded roles by lowercased login (`setPermission`).
    var permissions: [String: FakePermission] = [:]

    /// `owner/name`; for GitLab the namespace path may itself contain slashes.
    var fullPath: String { "\(owner)/\(name)" }

    /// The bytes of `path` at `ref`; nil when absent.
    func file(_ path: String, ref: String) -> [UInt8]? {
        files[ref]?[path]
    }

    /// Whether the host would know this commit: a pull request's head, base or start, or a seeded ref.
    func knowsCommit(_ sha: String) -> Bool {
        if files[sha] != nil { return true }
        return pulls.values.contains { $0.knownSHAs.contains(sha) }
    }
}
