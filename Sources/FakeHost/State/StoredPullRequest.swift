import Foundation

/// A pull request (GitLab: merge request) and everything posted on it.
struct StoredPullRequest: Sendable {
    var number: Int
    var id: Int
    var title: String
    var body: String
    var author: String
    var headRef: String
    var baseRef: String
    var draft: Bool
    var state: FakePullRequestState = .open
    /// Oldest first; the last one is the current diff.
    var versions: [DiffVersion]
    /// GitHub issue comments, GitLab non-diff notes, Gitea issue comments.
    var generalComments: [FakeComment] = []
    /// GitHub review comments, GitLab DiffNotes, Gitea review comments.
    var inlineComments: [FakeComment] = []
    var reviews: [FakeReview] = []
    var createdAt: Date
    var updatedAt: Date

    var current: DiffVersion { versions[versions.count - 1] }

    /// The version whose head is `sha`, newest first (a sha pushed twice means its latest diff).
    func version(headSHA sha: String) -> DiffVersion? {
        versions.last { $0.headSHA == sha }
    }

    /// Every commit this pull request has referenced.
    var knownSHAs: Set<String> {
        Set(versions.flatMap { [$0.headSHA, $0.baseSHA, $0.startSHA] })
    }
}
