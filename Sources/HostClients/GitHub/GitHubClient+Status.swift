import Hosts

extension GitHubClient {
    /// `POST /repos/{o}/{r}/statuses/{sha}`; the description is cut to 140 characters.
    public func setStatus(_ ref: PullRequestRef, sha: String, status: CommitStatus) async throws {
        let body = GitHubAPI.StatusRequest(
            state: status.state.rawValue, description: status.truncatedDescription, context: status.context,
            targetURL: status.targetURL
        )
        let request = HostRequest(
            .post, repoPath(ref.repository) + "/statuses/\(PathEncoding.component(sha))", body: JSONBody.encode(body)
        )
        _ = try await send(request, about: ref.repository)
    }
}
