import Foundation

extension GitHubRoutes {
    /// `GET /repos/{o}/{r}/issues/{n}/comments`: general comments, oldest first, paged by `per_page`/`page`.
    static func listIssueComments(_ request: FakeRequest, key: RepositoryKey, number: Int, _ state: inout FakeState) -> FakeResponse {
        guard let repo = state.repositories[key], let pull = repo.pulls[number] else { return GitHubErrors.notFound }
        let pages = Pagination(request, sizeName: "per_page", defaultSize: 30, maxSize: 100)
        let items = pages.slice(pull.generalComments).map { GitHubJSON.issueComment($0, number: number, repo, &state) }
        return paged(.json(200, .array(items)), pages, request, total: pull.generalComments.count)
    }

    /// `GET /repos/{o}/{r}/pulls/{n}/comments`: review comments, oldest first, paged.
    static func listReviewComments(_ request: FakeRequest, key: RepositoryKey, number: Int, _ state: inout FakeState) -> FakeResponse {
        guard let repo = state.repositories[key], let pull = repo.pulls[number] else { return GitHubErrors.notFound }
        let pages = Pagination(request, sizeName: "per_page", defaultSize: 30, maxSize: 100)
        let items = pages.slice(pull.inlineComments).map { GitHubJSON.reviewComment($0, pull, repo, &state) }
        return paged(.json(200, .array(items)), pages, request, total: pull.inlineComments.count)
    }

    /// `POST /repos/{o}/{r}/issues/{n}/comments {body}` → 201.
    static func createIssueComment(
        _ request: FakeRequest, key: RepositoryKey, number: Int, caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        guard state.repositories[key]?.pulls[number] != nil else { return GitHubErrors.notFound }
        guard let json = request.jsonBody, json.objectMembers != nil else { return GitHubErrors.problemsParsingJSON }
        if let problem = validateBody(json["body"], resource: "IssueComment") { return problem }
        let body = json["body"]?.stringValue ?? ""
        return withPull(key, number, &state) { pull, state in
            let comment = FakeComment(
                id: state.nextID(), body: body, author: caller.login, createdOrder: state.nextSequence(),
                createdAt: request.now
            )
            pull.generalComments.append(comment)
            pull.updatedAt = request.now
            guard let repo = state.repositories[key] else { return GitHubErrors.notFound }
            return .json(201, GitHubJSON.issueComment(comment, number: number, repo, &state))
                .adding("location", "\(state.origin)/github/repos/\(repo.fullPath)/issues/comments/\(comment.id)")
        }
    }

    /// `PATCH /repos/{o}/{r}/issues/comments/{id} {body}` → 200. Writers may edit anyone's comment on GitHub.
    static func updateIssueComment(_ request: FakeRequest, key: RepositoryKey, id: Int, _ state: inout FakeState) -> FakeResponse {
        guard let repo = state.repositories[key],
            let number = repo.pulls.first(where: { $0.value.generalComments.contains { $0.id == id } })?.key
        else { return GitHubErrors.notFound }
        guard let json = request.jsonBody, json.objectMembers != nil else { return GitHubErrors.problemsParsingJSON }
        if let problem = validateBody(json["body"], resource: "IssueComment") { return problem }
        let body = json["body"]?.stringValue ?? ""
        return withPull(key, number, &state) { pull, state in
            guard let index = pull.generalComments.firstIndex(where: { $0.id == id }) else { return GitHubErrors.notFound }
            pull.generalComments[index].previousBodies.append(pull.generalComments[index].body)
            pull.generalComments[index].body = body
            pull.generalComments[index].updatedAt = request.now
            return .json(200, GitHubJSON.issueComment(pull.generalComments[index], number: number, repo, &state))
        }
    }

    /// A 422 for a missing, non-string, empty or over-long comment body.
    static func validateBody(_ value: JSON?, resource: String) -> FakeResponse? {
        guard let body = value?.stringValue else {
            return GitHubErrors.validationFailed(resource: resource, field: "body", code: "missing_field")
        }
        if body.isEmpty { return GitHubErrors.validationFailed(resource: resource, field: "body", code: "missing_field") }
        if body.count > GitHubErrors.maxBodyCharacters {
            return GitHubErrors.validationFailed(
                resource: resource, field: "body", code: "custom",
                message: "body is too long (maximum is \(GitHubErrors.maxBodyCharacters) characters)"
            )
        }
        return nil
    }

    /// Adds GitHub's `Link` header when there are more pages.
    static func paged(_ response: FakeResponse, _ pages: Pagination, _ request: FakeRequest, total: Int) -> FakeResponse {
        guard let link = pages.linkHeader(request, total: total, separator: ", ") else { return response }
        return response.adding("link", link)
    }
}
