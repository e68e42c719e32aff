import Foundation

/// GitHub REST routes under `/github`: exactly the endpoints in ENDPOINTS.md.
enum GitHubRoutes {
    static func handle(_ request: FakeRequest, _ state: inout FakeState) -> FakeResponse {
        let segments = request.segments
        if isAppRoute(segments) { return handleApp(request, &state) }
        guard let caller = authenticate(request, state) else { return GitHubErrors.badCredentials }
        if let wait = state.admitContent(request) { return FaultResponses.contentLimited(wait, request) }

        if segments == ["user"], request.method == "GET" {
            if caller.isInstallation { return GitHubErrors.notAccessibleByIntegration }
            return .json(200, GitHubJSON.user(caller.login, &state))
        }
        guard segments.count >= 4, segments[0] == "repos" else { return GitHubErrors.notFound }
        let key = RepositoryKey(.github, segments[1] + "/" + segments[2])
        guard state.repositories[key] != nil else { return GitHubErrors.notFound }
        return route(request, key: key, rest: Array(segments.dropFirst(3)), caller: caller, &state)
    }

    private static func route(
        _ request: FakeRequest, key: RepositoryKey, rest: [String], caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        let method = request.method
        switch rest.first {
        case "pulls" where rest.count == 2 && method == "GET":
            guard let number = Int(rest[1]) else { return GitHubErrors.notFound }
            return pullRequest(request, key: key, number: number, &state)
        case "pulls" where rest.count == 3 && rest[2] == "comments" && method == "GET":
            guard let number = Int(rest[1]) else { return GitHubErrors.notFound }
            return listReviewComments(request, key: key, number: number, &state)
        case "pulls" where rest.count == 5 && rest[2] == "comments" && rest[4] == "replies" && method == "POST":
            guard let number = Int(rest[1]), let commentID = Int(rest[3]) else { return GitHubErrors.notFound }
            return createReviewCommentReply(request, key: key, number: number, commentID: commentID, caller: caller, &state)
        case "collaborators" where rest.count == 3 && rest[2] == "permission" && method == "GET":
            return collaboratorPermission(request, key: key, user: rest[1], &state)
        case "pulls" where rest.count == 3 && rest[2] == "reviews" && method == "POST":
            guard let number = Int(rest[1]) else { return GitHubErrors.notFound }
            return createReview(request, key: key, number: number, caller: caller, &state)
        case "contents" where rest.count >= 2 && method == "GET":
            return contents(request, key: key, path: rest.dropFirst().joined(separator: "/"), state)
        case "issues" where rest.count == 3 && rest[2] == "comments":
            guard let number = Int(rest[1]) else { return GitHubErrors.notFound }
            switch method {
            case "GET": return listIssueComments(request, key: key, number: number, &state)
            case "POST": return createIssueComment(request, key: key, number: number, caller: caller, &state)
            default: return GitHubErrors.notFound
            }
        case "issues" where rest.count == 3 && rest[1] == "comments" && method == "PATCH":
            guard let id = Int(rest[2]) else { return GitHubErrors.notFound }
            return updateIssueComment(request, key: key, id: id, &state)
        case "statuses" where rest.count == 2 && method == "POST":
            return createStatus(request, key: key, sha: rest[1], caller: caller, &state)
        default:
            return GitHubErrors.notFound
        }
    }

    /// The caller of a token request; JWTs are only good for the `/app` routes.
    static func authenticate(_ request: FakeRequest, _ state: FakeState) -> HostAuth.Grant? {
        let token = bearerToken(request)
        if let token, GitHubJWT.looksLikeJWT(token) { return nil }
        return state.auth[.github]?.grant(for: token, now: request.now)
    }

    /// `Authorization: Bearer X` or `Authorization: token X`.
    static func bearerToken(_ request: FakeRequest) -> String? {
        guard let value = request.header("authorization") else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, ["bearer", "token"].contains(parts[0].lowercased()) else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    /// Finds the pull request or answers 404.
    static func withPull(
        _ key: RepositoryKey, _ number: Int, _ state: inout FakeState,
        _ body: (inout StoredPullRequest, inout FakeState) -> FakeResponse
    ) -> FakeResponse {
        state.withPull(key, number, body) ?? GitHubErrors.notFound
    }
}
