import Hosts

extension GitHubClient {
    /// `GET /repos/{o}/{r}/pulls/{n}`.
    public func pullRequest(_ ref: PullRequestRef) async throws -> PullRequestSnapshot {
        let request = HostRequest(.get, pullPath(ref))
        let pull = try await json(request, about: ref.repository, as: GitHubAPI.PullRequest.self)
        return PullRequestSnapshot(
            title: pull.title, body: pull.body ?? "", headSHA: pull.head.sha, baseSHA: pull.base.sha,
            headRef: pull.head.ref, baseRef: pull.base.ref,
            defaultBranch: pull.base.repo?.defaultBranch ?? ref.repository.defaultBranch,
            isDraft: pull.draft ?? false, isOpen: pull.state == "open", author: pull.user?.login
        )
    }

    /// `GET /repos/{o}/{r}/pulls/{n}` with `Accept: application/vnd.github.diff`.
    public func diff(_ ref: PullRequestRef, snapshot: PullRequestSnapshot) async throws -> [UInt8] {
        let request = HostRequest(.get, pullPath(ref), headers: [("Accept", "application/vnd.github.diff")])
        return try await send(request, about: ref.repository).body
    }

    /// `GET /repos/{o}/{r}/contents/{path}?ref=R` with `Accept: application/vnd.github.raw`; `nil` on 404.
    public func fileContents(_ repository: RepositoryInfo, path: String, ref: String) async throws -> [UInt8]? {
        let request = HostRequest(
            .get, repoPath(repository) + "/contents/" + PathEncoding.path(path), query: [QueryItem("ref", ref)],
            headers: [("Accept", "application/vnd.github.raw")], acceptedStatuses: [404]
        )
        let response = try await send(request, about: repository)
        return response.status == 404 ? nil : response.body
    }

    func pullPath(_ ref: PullRequestRef) -> String {
        repoPath(ref.repository) + "/pulls/\(ref.number)"
    }
}
