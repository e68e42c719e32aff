/// What the review pipeline needs from a code host's REST API. One adapter per host (`HostClients`), each
/// checked against this protocol at compile time; host quirks (batch sizes, position formats, pagination)
/// stay inside the adapter.
///
/// Errors are ``HostAPIError``. Adapters retry 5xx, network errors and rate limits themselves (honouring
/// `Retry-After` and the reset headers) a bounded number of times before throwing.
public protocol CodeHost: Sendable {
    /// The kind of host.
    var kind: HostKind { get }

    /// The login the bot posts as (GitHub App: `slug[bot]`), so only its own earlier comments are trusted.
    func botLogin() async throws -> String

    /// The pull request as it is now.
    func pullRequest(_ ref: PullRequestRef) async throws -> PullRequestSnapshot

    /// The unified diff between the snapshot's base and head (`git diff` format, with `diff --git` headers).
    func diff(_ ref: PullRequestRef, snapshot: PullRequestSnapshot) async throws -> [UInt8]

    /// A file's raw bytes at `ref` (a commit sha or branch); `nil` when the file does not exist there.
    func fileContents(_ repository: RepositoryInfo, path: String, ref: String) async throws -> [UInt8]?

    /// Every comment on the pull request, inline and general, all pages.
    func comments(_ ref: PullRequestRef) async throws -> [HostComment]

    /// Posts inline comments on the snapshot's head commit. The adapter batches within the host's limits
    /// (GitHub: reviews of at most 30 comments; GitLab: one discussion each). `body` is the review body where
    /// the host has one. Comments already posted before a failure stay posted; the caller re-lists and skips
    /// them on the next attempt.
    func postInlineComments(
        _ ref: PullRequestRef, snapshot: PullRequestSnapshot, comments: [InlineCommentDraft]
    ) async throws

    /// Creates a general (non-inline) comment and returns it.
    func createComment(_ ref: PullRequestRef, body: String) async throws -> HostComment

    /// Replaces the body of an existing general comment.
    func updateComment(_ ref: PullRequestRef, comment: HostComment, body: String) async throws

    /// Sets the commit status of `sha`.
    func setStatus(_ ref: PullRequestRef, sha: String, status: CommitStatus) async throws

    /// The user's permission in the repository; ``RepositoryPermission/none`` when the host says the user is not a
    /// member or collaborator (404).
    func permission(_ repository: RepositoryInfo, user: String) async throws -> RepositoryPermission

    /// Answers a comment in its thread (see ``CommentThread``) and returns the answer.
    func reply(_ ref: PullRequestRef, in thread: CommentThread, body: String) async throws -> HostComment
}
