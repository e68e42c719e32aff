import Hosts

extension GiteaClient {
    /// The token's `login`.
    public func botLogin() async throws -> String {
        try await json(HostRequest(.get, "/user"), as: GiteaAPI.User.self).login
    }

    /// `GET /repos/{o}/{r}/pulls/{n}`. The diff base is `merge_base` (the fork point the `.diff` is taken from),
    /// falling back to the base branch head. Gitea marks drafts with a `WIP:` or `[WIP]` title prefix.
    public func pullRequest(_ ref: PullRequestRef) async throws -> PullRequestSnapshot {
        let pull = try await json(HostRequest(.get, pullPath(ref)), as: GiteaAPI.PullRequest.self)
        return PullRequestSnapshot(
            title: pull.title, body: pull.body ?? "", headSHA: pull.head.sha,
            baseSHA: pull.mergeBase.flatMap { $0.isEmpty ? nil : $0 } ?? pull.base.sha,
            headRef: pull.head.ref, baseRef: pull.base.ref,
            defaultBranch: pull.base.repo?.defaultBranch ?? ref.repository.defaultBranch,
            isDraft: pull.draft ?? Self.hasWIPPrefix(pull.title), isOpen: pull.state == "open", author: pull.user?.login
        )
    }

    /// `GET /repos/{o}/{r}/pulls/{n}.diff`.
    public func diff(_ ref: PullRequestRef, snapshot: PullRequestSnapshot) async throws -> [UInt8] {
        try await send(HostRequest(.get, pullPath(ref) + ".diff", headers: [("Accept", "text/plain")])).body
    }

    /// `GET /repos/{o}/{r}/raw/{path}?ref=R`; `nil` on 404.
    public func fileContents(_ repository: RepositoryInfo, path: String, ref: String) async throws -> [UInt8]? {
        let request = HostRequest(
            .get, repoPath(repository) + "/raw/" + PathEncoding.path(path), query: [QueryItem("ref", ref)],
            acceptedStatuses: [404]
        )
        let response = try await send(request)
        return response.status == 404 ? nil : response.body
    }

    static func hasWIPPrefix(_ title: String) -> Bool {
        let upper = title.uppercased()
        return ["WIP:", "[WIP]", "DRAFT:", "[DRAFT]"].contains { upper.hasPrefix($0) }
    }
}
