import Foundation

/// Gitea/Forgejo REST routes under `/gitea/api/v1`: exactly the endpoints in ENDPOINTS.md.
enum GiteaRoutes {
    static func handle(_ request: FakeRequest, _ state: inout FakeState) -> FakeResponse {
        guard let caller = state.auth[.gitea]?.grant(for: token(request), now: request.now) else {
            return .message(401, "401 Unauthorized")
        }
        if let wait = state.admitContent(request) { return FaultResponses.contentLimited(wait, request) }
        let segments = request.segments
        if segments == ["user"], request.method == "GET" { return .json(200, GiteaJSON.user(caller.login, &state)) }
        guard segments.count >= 4, segments[0] == "repos" else { return notFound(request) }
        let key = RepositoryKey(.gitea, segments[1] + "/" + segments[2])
        guard state.repositories[key] != nil else { return notFound(request) }
        return route(request, key: key, rest: Array(segments.dropFirst(3)), caller: caller, &state)
    }

    private static func route(
        _ request: FakeRequest, key: RepositoryKey, rest: [String], caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        let method = request.method
        switch rest.first {
        case "pulls" where rest.count == 2 && method == "GET":
            if rest[1].hasSuffix(".diff"), let number = Int(rest[1].dropLast(5)) {
                return diff(request, key: key, number: number, state)
            }
            guard let number = Int(rest[1]) else { return notFound(request) }
            return pullRequest(request, key: key, number: number, &state)
        case "pulls" where rest.count >= 3 && rest[2] == "reviews":
            guard let number = Int(rest[1]), state.repositories[key]?.pulls[number] != nil else { return notFound(request) }
            switch (method, rest.count) {
            case ("GET", 3): return listReviews(request, key: key, number: number, &state)
            case ("POST", 3): return createReview(request, key: key, number: number, caller: caller, &state)
            case ("GET", 5) where rest[4] == "comments":
                guard let id = Int(rest[3]) else { return notFound(request) }
                return listReviewComments(request, key: key, number: number, reviewID: id, &state)
            default: return notFound(request)
            }
        case "raw" where rest.count >= 2 && method == "GET":
            return raw(request, key: key, path: rest.dropFirst().joined(separator: "/"), state)
        case "issues" where rest.count == 3 && rest[2] == "comments":
            guard let number = Int(rest[1]), state.repositories[key]?.pulls[number] != nil else { return notFound(request) }
            switch method {
            case "GET": return listComments(request, key: key, number: number, &state)
            case "POST": return createComment(request, key: key, number: number, caller: caller, &state)
            default: return notFound(request)
            }
        case "issues" where rest.count == 3 && rest[1] == "comments" && method == "PATCH":
            guard let id = Int(rest[2]) else { return notFound(request) }
            return updateComment(request, key: key, id: id, caller: caller, &state)
        case "statuses" where rest.count == 2 && method == "POST":
            return createStatus(request, key: key, sha: rest[1], caller: caller, &state)
        case "collaborators" where rest.count == 3 && rest[2] == "permission" && method == "GET":
            return collaboratorPermission(request, key: key, user: rest[1], caller: caller, &state)
        default:
            return notFound(request)
        }
    }

    /// Gitea's 404 body.
    static func notFound(_ request: FakeRequest) -> FakeResponse {
        .json(404, ["errors": [], "message": "The target couldn't be found.", "url": .string("\(request.origin)/gitea/api/swagger")])
    }

    /// Gitea's 422 body for a refused request.
    static func unprocessable(_ request: FakeRequest, _ message: String) -> FakeResponse {
        .json(422, ["message": .string(message), "url": .string("\(request.origin)/gitea/api/swagger")])
    }

    /// `Authorization: token X` or `Authorization: Bearer X`.
    static func token(_ request: FakeRequest) -> String? {
        guard let value = request.header("authorization") else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, ["token", "bearer"].contains(parts[0].lowercased()) else { return nil }
        return String(parts[1])
    }

    private static func pullRequest(_ request: FakeRequest, key: RepositoryKey, number: Int, _ state: inout FakeState) -> FakeResponse {
        guard let repo = state.repositories[key], let pull = repo.pulls[number] else { return notFound(request) }
        return .json(200, GiteaJSON.pullRequest(pull, repo, &state))
    }

    private static func diff(_ request: FakeRequest, key: RepositoryKey, number: Int, _ state: FakeState) -> FakeResponse {
        guard let pull = state.repositories[key]?.pulls[number] else { return notFound(request) }
        return .bytes(200, pull.current.raw, contentType: "text/plain; charset=utf-8")
    }

    private static func raw(_ request: FakeRequest, key: RepositoryKey, path: String, _ state: FakeState) -> FakeResponse {
        guard let repo = state.repositories[key] else { return notFound(request) }
        let ref = request.query("ref").flatMap { $0.isEmpty ? nil : $0 } ?? repo.defaultBranch
        guard let bytes = repo.file(path, ref: ref) else { return notFound(request) }
        return .bytes(200, bytes, contentType: "text/plain; charset=utf-8")
    }
}
