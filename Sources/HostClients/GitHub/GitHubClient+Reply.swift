import Hosts

extension GitHubClient {
    /// A review (diff) comment is answered in its thread with `POST /repos/{o}/{r}/pulls/{n}/comments/{root}/replies`,
    /// where `root` is the thread's first comment (GitHub refuses replies to replies); a conversation comment with
    /// an issue comment, as ``createComment(_:body:)``.
    public func reply(_ ref: PullRequestRef, in thread: CommentThread, body: String) async throws -> HostComment {
        guard thread.isReviewComment else { return try await createComment(ref, body: body) }
        let root = thread.rootCommentID ?? thread.commentID
        let request = HostRequest(
            .post, pullPath(ref) + "/comments/\(root)/replies", body: JSONBody.encode(GitHubAPI.CommentBody(body: body))
        )
        return Self.comment(from: try await json(request, about: ref.repository, as: GitHubAPI.ReviewComment.self))
    }
}
