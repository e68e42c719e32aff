import Hosts

extension GiteaClient {
    /// `POST /repos/{o}/{r}/statuses/{sha}` (the states are GitHub's); the description is cut to 140 characters.
    public func setStatus(_ ref: PullRequestRef, sha: String, status: CommitStatus) async throws {
        let body = GiteaAPI.StatusRequest(
            state: status.state.rawValue, context: status.context, description: status.truncatedDescription,
            targetURL: status.targetURL
        )
        let request = HostRequest(
            .post, repoPath(ref.repository) + "/statuses/\(PathEncoding.component(sha))", body: JSONBody.encode(body)
        )
        _ = try await send(request)
    }
}
