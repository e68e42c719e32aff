import Foundation
import Hosts
import ReviewEngine

/// A host for `replay --diff FILE --root DIR`: the pull request comes from the saved delivery, the diff and
/// the head contents from disk, and every write goes to `writes` instead of the network.
struct LocalPullRequestHost: CodeHost {
    let kind: HostKind
    let event: PullRequestEvent
    let diffBytes: [UInt8]
    let root: DirectoryContentSource?
    let writes: any CodeHost

    func botLogin() async throws -> String { try await writes.botLogin() }

    func pullRequest(_ ref: PullRequestRef) async throws -> PullRequestSnapshot {
        PullRequestSnapshot(
            title: event.title, body: event.body, headSHA: event.head.sha ?? "HEAD",
            baseSHA: event.base.sha ?? "BASE", startSHA: event.base.sha, headRef: event.head.ref,
            baseRef: event.base.ref, defaultBranch: event.repository.defaultBranch, isDraft: event.isDraft,
            isOpen: true, author: event.author)
    }

    func diff(_ ref: PullRequestRef, snapshot: PullRequestSnapshot) async throws -> [UInt8] { diffBytes }

    func fileContents(_ repository: RepositoryInfo, path: String, ref: String) async throws -> [UInt8]? {
        try root?.contents(of: path)
    }

    func comments(_ ref: PullRequestRef) async throws -> [HostComment] { try await writes.comments(ref) }

    func postInlineComments(_ ref: PullRequestRef, snapshot: PullRequestSnapshot, comments: [InlineCommentDraft]) async throws {
        try await writes.postInlineComments(ref, snapshot: snapshot, comments: comments)
    }

    func createComment(_ ref: PullRequestRef, body: String) async throws -> HostComment {
        try await writes.createComment(ref, body: body)
    }

    func updateComment(_ ref: PullRequestRef, comment: HostComment, body: String) async throws {
        try await writes.updateComment(ref, comment: comment, body: body)
    }

    func setStatus(_ ref: PullRequestRef, sha: String, status: CommitStatus) async throws {
        try await writes.setStatus(ref, sha: sha, status: status)
    }

    /// Whoever replays a pull request locally owns the run: every user counts as ``RepositoryPermission/admin``.
    func permission(_ repository: RepositoryInfo, user: String) async throws -> RepositoryPermission { .admin }

    func reply(_ ref: PullRequestRef, in thread: CommentThread, body: String) async throws -> HostComment {
        try await writes.reply(ref, in: thread, body: body)
    }
}
