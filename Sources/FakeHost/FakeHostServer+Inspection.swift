import Foundation
import NIOConcurrencyHelpers

extension FakeHostServer {
    /// Every request received so far, in arrival order (credential values redacted).
    public func requests() -> [RecordedRequest] {
        state.withLockedValue { $0.log }
    }

    /// Forgets the recorded requests (state is kept).
    public func clearRequests() {
        state.withLockedValue { $0.log = [] }
    }

    /// Inline comments (GitHub review comments, GitLab DiffNotes, Gitea review comments), oldest first.
    public func inlineComments(_ kind: FakeHostKind, _ repository: String, number: Int) -> [FakeComment] {
        pull(kind, repository, number)?.inlineComments ?? []
    }

    /// General comments (GitHub issue comments, GitLab non-diff notes, Gitea issue comments), oldest first,
    /// each with its `previousBodies` so an in-place update is distinguishable from a repost.
    public func issueComments(_ kind: FakeHostKind, _ repository: String, number: Int) -> [FakeComment] {
        pull(kind, repository, number)?.generalComments ?? []
    }

    /// Answers posted in an existing thread, oldest first: GitHub review-comment replies (each with `inReplyToID`,
    /// the thread's first comment), GitLab notes after the first of their discussion (each with `discussionID`).
    /// Gitea has no threads, so this is empty there: its answers are issue comments (``issueComments(_:_:number:)``).
    public func replies(_ kind: FakeHostKind, _ repository: String, number: Int) -> [FakeComment] {
        pull(kind, repository, number)?.replies(kind: kind) ?? []
    }

    /// The thread holding comment `commentID`, first comment first: a GitHub review comment's thread, a GitLab
    /// discussion; on Gitea and for GitHub conversation comments, the comment alone. Empty when there is no such
    /// comment.
    public func thread(_ kind: FakeHostKind, _ repository: String, number: Int, containing commentID: Int) -> [FakeComment] {
        pull(kind, repository, number)?.thread(of: commentID, kind: kind) ?? []
    }

    /// GitHub and Gitea reviews, oldest first (GitLab has none: its inline comments are discussions).
    public func reviews(_ kind: FakeHostKind, _ repository: String, number: Int) -> [FakeReview] {
        pull(kind, repository, number)?.reviews ?? []
    }

    /// Commit statuses posted to `sha` (nil: every sha), oldest first.
    public func statuses(_ kind: FakeHostKind, _ repository: String, sha: String? = nil) -> [FakeStatus] {
        let all = state.withLockedValue { $0.repository(kind, repository)?.statuses ?? [] }
        return sha.map { sha in all.filter { $0.sha == sha } } ?? all
    }

    /// The pull request's current head sha, or nil when it does not exist.
    public func headSHA(_ kind: FakeHostKind, _ repository: String, number: Int) -> String? {
        pull(kind, repository, number)?.current.headSHA
    }

    private func pull(_ kind: FakeHostKind, _ repository: String, _ number: Int) -> StoredPullRequest? {
        state.withLockedValue { $0.repository(kind, repository)?.pulls[number] }
    }
}
