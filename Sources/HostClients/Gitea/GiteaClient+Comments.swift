import Hosts

extension GiteaClient {
    /// Issue comments (all pages), then the comments of every review that has any; review comments on the new
    /// side carry their `path` and `position` as the line.
    public func comments(_ ref: PullRequestRef) async throws -> [HostComment] {
        let issueRequest = authorized(
            HostRequest(.get, repoPath(ref.repository) + "/issues/\(ref.number)/comments", query: firstPage)
        )
        let issueComments = try await http.paginate(issueRequest, style: .linkHeader, as: GiteaAPI.Comment.self)
        let reviewsRequest = authorized(HostRequest(.get, pullPath(ref) + "/reviews", query: firstPage))
        let reviews = try await http.paginate(reviewsRequest, style: .linkHeader, as: GiteaAPI.Review.self)
        var comments = issueComments.map(Self.comment(from:))
        for review in reviews where (review.commentsCount ?? 1) > 0 {
            let request = HostRequest(.get, pullPath(ref) + "/reviews/\(review.id)/comments")
            for comment in try await json(request, as: [GiteaAPI.ReviewComment].self) {
                comments.append(
                    HostComment(
                        id: String(comment.id), body: comment.body ?? "", author: comment.user?.login,
                        path: comment.path, line: comment.position.flatMap { $0 > 0 ? $0 : nil }
                    )
                )
            }
        }
        return comments
    }

    /// `POST /repos/{o}/{r}/issues/{n}/comments`.
    public func createComment(_ ref: PullRequestRef, body: String) async throws -> HostComment {
        let request = HostRequest(
            .post, repoPath(ref.repository) + "/issues/\(ref.number)/comments",
            body: JSONBody.encode(GiteaAPI.CommentBody(body: body))
        )
        return Self.comment(from: try await json(request, as: GiteaAPI.Comment.self))
    }

    /// `PATCH /repos/{o}/{r}/issues/comments/{id}`.
    public func updateComment(_ ref: PullRequestRef, comment: HostComment, body: String) async throws {
        let request = HostRequest(
            .patch, repoPath(ref.repository) + "/issues/comments/\(PathEncoding.component(comment.id))",
            body: JSONBody.encode(GiteaAPI.CommentBody(body: body))
        )
        _ = try await send(request)
    }

    private static func comment(from comment: GiteaAPI.Comment) -> HostComment {
        HostComment(id: String(comment.id), body: comment.body ?? "", author: comment.user?.login)
    }
}
