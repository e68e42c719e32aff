import Hosts

extension GitLabClient {
    /// `POST /projects/{id}/statuses/{sha}` with GitLab's states (`failure` and `error` become `failed`) and the
    /// description cut to 140 characters.
    public func setStatus(_ ref: PullRequestRef, sha: String, status: CommitStatus) async throws {
        let body = GitLabAPI.StatusRequest(
            state: Self.state(status.state), name: status.context, description: status.truncatedDescription,
            targetURL: status.targetURL
        )
        let request = HostRequest(
            .post, projectPath(ref.repository) + "/statuses/\(PathEncoding.component(sha))", body: JSONBody.encode(body)
        )
        _ = try await send(request)
    }

    static func state(_ state: CommitStatus.State) -> String {
        switch state {
        case .pending: "pending"
        case .success: "success"
        case .failure, .error: "failed"
        }
    }
}
