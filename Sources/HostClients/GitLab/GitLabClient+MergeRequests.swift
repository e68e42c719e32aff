import Hosts

extension GitLabClient {
    /// The token's `username`.
    public func botLogin() async throws -> String {
        try await json(HostRequest(.get, "/user"), as: GitLabAPI.User.self).username
    }

    /// `GET /projects/{id}/merge_requests/{iid}` and, for the default branch, `GET /projects/{id}`.
    ///
    /// - Throws: a retryable ``HostAPIError/Kind/serverError`` while GitLab has not computed `diff_refs` yet (right
    ///   after the merge request is opened): inline comments cannot be positioned without them, and the job's
    ///   backoff gives GitLab the time it needs.
    public func pullRequest(_ ref: PullRequestRef) async throws -> PullRequestSnapshot {
        let request = HostRequest(.get, mergeRequestPath(ref))
        let mergeRequest = try await json(request, as: GitLabAPI.MergeRequest.self)
        guard let headSHA = mergeRequest.diffRefs?.headSHA ?? mergeRequest.sha,
              let baseSHA = mergeRequest.diffRefs?.baseSHA
        else {
            throw HostAPIError(
                kind: .serverError, status: 200, request: request.summary,
                message: "merge request has no diff_refs yet; retry once GitLab has computed the diff"
            )
        }
        let project = try await json(HostRequest(.get, projectPath(ref.repository)), as: GitLabAPI.Project.self)
        return PullRequestSnapshot(
            title: mergeRequest.title, body: mergeRequest.description ?? "", headSHA: headSHA, baseSHA: baseSHA,
            startSHA: mergeRequest.diffRefs?.startSHA, headRef: mergeRequest.sourceBranch,
            baseRef: mergeRequest.targetBranch, defaultBranch: project.defaultBranch ?? ref.repository.defaultBranch,
            isDraft: mergeRequest.draft ?? mergeRequest.workInProgress ?? false, isOpen: mergeRequest.state == "opened",
            author: mergeRequest.author?.username
        )
    }

    /// `GET /projects/{id}/merge_requests/{iid}/raw_diffs`.
    public func diff(_ ref: PullRequestRef, snapshot: PullRequestSnapshot) async throws -> [UInt8] {
        try await send(HostRequest(.get, mergeRequestPath(ref) + "/raw_diffs")).body
    }

    /// `GET /projects/{id}/repository/files/{url-encoded path}/raw?ref=R`; `nil` on 404.
    public func fileContents(_ repository: RepositoryInfo, path: String, ref: String) async throws -> [UInt8]? {
        let request = HostRequest(
            .get, projectPath(repository) + "/repository/files/" + PathEncoding.component(path) + "/raw",
            query: [QueryItem("ref", ref)], acceptedStatuses: [404]
        )
        let response = try await send(request)
        return response.status == 404 ? nil : response.body
    }
}
