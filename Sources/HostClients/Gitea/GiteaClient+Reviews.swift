import Hosts

extension GiteaClient {
    /// Posts every draft in one `COMMENT` review on the snapshot's head commit, each at `new_position`.
    public func postInlineComments(
        _ ref: PullRequestRef, snapshot: PullRequestSnapshot, comments: [InlineCommentDraft]
    ) async throws {
        guard !comments.isEmpty else { return }
        let review = GiteaAPI.ReviewRequest(
            commitID: snapshot.headSHA, event: "COMMENT", body: options.reviewBody,
            comments: comments.map {
                GiteaAPI.ReviewRequest.Comment(path: $0.path, body: $0.body, newPosition: $0.line, oldPosition: 0)
            }
        )
        _ = try await send(HostRequest(.post, pullPath(ref) + "/reviews", body: JSONBody.encode(review)))
    }
}
