import Hosts

extension GitHubClient {
    /// Posts the drafts as `COMMENT` reviews on the snapshot's head commit, at most
    /// ``HostClientOptions/reviewBatchSize`` (30) comments per review, each on the `RIGHT` side.
    ///
    /// Reviews go out one after another; when one fails, the earlier ones stay posted and the error is thrown.
    public func postInlineComments(
        _ ref: PullRequestRef, snapshot: PullRequestSnapshot, comments: [InlineCommentDraft]
    ) async throws {
        var start = comments.startIndex
        while start < comments.endIndex {
            let end = min(start + options.reviewBatchSize, comments.endIndex)
            let review = GitHubAPI.ReviewRequest(
                commitID: snapshot.headSHA, event: "COMMENT", body: options.reviewBody,
                comments: comments[start..<end].map {
                    GitHubAPI.ReviewRequest.Comment(path: $0.path, line: $0.line, side: "RIGHT", body: $0.body)
                }
            )
            let request = HostRequest(.post, pullPath(ref) + "/reviews", body: JSONBody.encode(review))
            _ = try await send(request, about: ref.repository)
            start = end
        }
    }
}
