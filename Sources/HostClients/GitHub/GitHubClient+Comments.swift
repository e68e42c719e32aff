import Hosts

extension GitHubClient {
    /// Issue comments, then review (inline) comments, every page of each.
    public func comments(_ ref: PullRequestRef) async throws -> [HostComment] {
        let pages = [QueryItem("per_page", String(options.pageSize)), QueryItem("page", "1")]
        let issueRequest = try await authorized(
            HostRequest(.get, repoPath(ref.repository) + "/issues/\(ref.number)/comments", query: pages),
            for: ref.repository
        )
        let issueComments = try await http.paginate(issueRequest, style: .linkHeader, as: GitHubAPI.IssueComment.self)
        let reviewRequest = try await authorized(
            HostRequest(.get, pullPath(ref) + "/comments", query: pages), for: ref.repository
        )
        let reviewComments = try await http.paginate(reviewRequest, style: .linkHeader, as: GitHubAPI.ReviewComment.self)
        return issueComments.map(Self.comment(from:)) + reviewComments.map(Self.comment(from:))
    }

    /// `POST /repos/{o}/{r}/issues/{n}/comments`.
    public func createComment(_ ref: PullRequestRef, body: String) async throws -> HostComment {
        let request = HostRequest(
            .post, repoPath(ref.repository) + "/issues/\(ref.number)/comments",
            body: JSONBody.encode(GitHubAPI.CommentBody(body: body))
        )
        return Self.comment(from: try await json(request, about: ref.repository, as: GitHubAPI.IssueComment.self))
    }

    /// `PATCH /repos/{o}/{r}/issues/comments/{id}`.
    public func updateComment(_ ref: PullRequestRef, comment: HostComment, body: String) async throws {
        let request = HostRequest(
            .patch, repoPath(ref.repository) + "/issues/comments/\(PathEncoding.component(comment.id))",
            body: JSONBody.encode(GitHubAPI.CommentBody(body: body))
        )
        _ = try await send(request, about: ref.repository)
    }

    private static func comment(from comment: GitHubAPI.IssueComment) -> HostComment {
        HostComment(id: String(comment.id), body: comment.body ?? "", author: comment.user?.login)
    }

    /// A review comment; `line` only on the new (`RIGHT`) side, and `nil` once GitHub marks it outdated.
    static func comment(from comment: GitHubAPI.ReviewComment) -> HostComment {
        HostComment(
            id: String(comment.id), body: comment.body ?? "", author: comment.user?.login, path: comment.path,
            line: comment.side == "LEFT" ? nil : comment.line
        )
    }
}
