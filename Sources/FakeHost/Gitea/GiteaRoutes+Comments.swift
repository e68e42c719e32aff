import Foundation

extension GiteaRoutes {
    /// `GET /repos/{o}/{r}/issues/{n}/comments`. Like Gitea (1.27 swagger: only `since`/`before`), this
    /// list is NOT paginated: `page`/`limit` are ignored, everything comes back and there is no `Link` header.
    static func listComments(_ request: FakeRequest, key: RepositoryKey, number: Int, _ state: inout FakeState) -> FakeResponse {
        guard let repo = state.repositories[key], let pull = repo.pulls[number] else { return notFound(request) }
        let since = request.query("since").flatMap { try? Date($0, strategy: .iso8601) }
        let before = request.query("before").flatMap { try? Date($0, strategy: .iso8601) }
        let comments = pull.generalComments.filter { comment in
            (since.map { comment.updatedAt >= $0 } ?? true) && (before.map { comment.updatedAt < $0 } ?? true)
        }
        return .json(200, .array(comments.map { GiteaJSON.comment($0, number: number, repo, &state) }))
    }

    /// `POST /repos/{o}/{r}/issues/{n}/comments {body}` → 201.
    static func createComment(
        _ request: FakeRequest, key: RepositoryKey, number: Int, caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        guard let json = request.jsonBody, json.objectMembers != nil else { return unprocessable(request, "invalid JSON body") }
        guard let body = json["body"]?.stringValue, !body.isEmpty else { return unprocessable(request, "[Body]: Required") }
        return state.withPull(key, number) { pull, state in
            let comment = FakeComment(
                id: state.nextID(), body: body, author: caller.login, createdOrder: state.nextSequence(), createdAt: request.now
            )
            pull.generalComments.append(comment)
            pull.updatedAt = request.now
            guard let repo = state.repositories[key] else { return notFound(request) }
            return .json(201, GiteaJSON.comment(comment, number: number, repo, &state))
        } ?? notFound(request)
    }

    /// `PATCH /repos/{o}/{r}/issues/comments/{id} {body}` → 200; only the poster may edit (403).
    static func updateComment(
        _ request: FakeRequest, key: RepositoryKey, id: Int, caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        guard let repo = state.repositories[key],
            let number = repo.pulls.first(where: { $0.value.generalComments.contains { $0.id == id } })?.key
        else { return notFound(request) }
        guard let json = request.jsonBody, json.objectMembers != nil else { return unprocessable(request, "invalid JSON body") }
        guard let body = json["body"]?.stringValue, !body.isEmpty else { return unprocessable(request, "[Body]: Required") }
        return state.withPull(key, number) { pull, state in
            guard let index = pull.generalComments.firstIndex(where: { $0.id == id }) else { return notFound(request) }
            guard pull.generalComments[index].author == caller.login else {
                return .json(403, ["message": "user should have permission to edit comment", "url": .string("\(request.origin)/gitea/api/swagger")])
            }
            pull.generalComments[index].previousBodies.append(pull.generalComments[index].body)
            pull.generalComments[index].body = body
            pull.generalComments[index].updatedAt = request.now
            return .json(200, GiteaJSON.comment(pull.generalComments[index], number: number, repo, &state))
        } ?? notFound(request)
    }

    private static let statusStates: Set<String> = ["pending", "success", "error", "failure", "warning", "skipped"]

    /// `POST /repos/{o}/{r}/statuses/{sha}` → 201.
    static func createStatus(
        _ request: FakeRequest, key: RepositoryKey, sha: String, caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        guard let repo = state.repositories[key] else { return notFound(request) }
        guard let json = request.jsonBody, json.objectMembers != nil else { return unprocessable(request, "invalid JSON body") }
        guard let value = json["state"]?.stringValue, statusStates.contains(value) else {
            return unprocessable(request, "[State]: must be one of pending, success, error, failure, warning, skipped")
        }
        let status = FakeStatus(
            id: state.nextID(), sha: sha, state: value, context: json["context"]?.stringValue ?? "default",
            description: json["description"]?.stringValue, targetURL: json["target_url"]?.stringValue,
            author: caller.login, createdOrder: state.nextSequence(), createdAt: request.now
        )
        state.repositories[key]?.statuses.append(status)
        return .json(201, GiteaJSON.status(status, repo, &state))
    }
}
