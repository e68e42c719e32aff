import Foundation

extension GitHubRoutes {
    /// `POST /repos/{o}/{r}/pulls/{n}/comments/{comment_id}/replies {body}` → 201 review comment with
    /// `in_reply_to_id`, on the same path, line and commit as the thread. 404 when `comment_id` is not a review
    /// comment of this pull request; 422 when it is itself a reply (GitHub: "replies to replies are not supported",
    /// so clients must answer the thread's first comment).
    static func createReviewCommentReply(
        _ request: FakeRequest, key: RepositoryKey, number: Int, commentID: Int, caller: HostAuth.Grant,
        _ state: inout FakeState
    ) -> FakeResponse {
        guard let pull = state.repositories[key]?.pulls[number],
            let target = pull.inlineComments.first(where: { $0.id == commentID })
        else { return GitHubErrors.notFound }
        guard let json = request.jsonBody, json.objectMembers != nil else { return GitHubErrors.problemsParsingJSON }
        if let problem = validateBody(json["body"], resource: "PullRequestReviewComment") { return problem }
        if let root = target.inReplyToID {
            return GitHubErrors.unprocessable([
                "Replies to replies are not supported: reply to the thread's first comment (\(root)) instead"
            ])
        }
        let body = json["body"]?.stringValue ?? ""
        return withPull(key, number, &state) { pull, state in
            guard let reply = pull.appendReply(
                kind: .github, to: commentID, body: body, author: caller.login, at: request.now, &state
            ), let repo = state.repositories[key]
            else { return GitHubErrors.notFound }
            return .json(201, GitHubJSON.reviewComment(reply, pull, repo, &state))
                .adding("location", "\(state.origin)/github/repos/\(repo.fullPath)/pulls/comments/\(reply.id)")
        }
    }
}
