import Foundation

extension GitHubRoutes {
    /// `/app`, `/app/installations/{id}/access_tokens` and `/repos/{o}/{r}/installation`: App JWT auth.
    static func isAppRoute(_ segments: [String]) -> Bool {
        segments.first == "app" || (segments.count == 4 && segments[0] == "repos" && segments[3] == "installation")
    }

    static func handleApp(_ request: FakeRequest, _ state: inout FakeState) -> FakeResponse {
        guard let app = state.app, let token = bearerToken(request), GitHubJWT.looksLikeJWT(token) else {
            return GitHubErrors.error(401, "A JSON web token could not be decoded")
        }
        if let problem = GitHubJWT.problem(with: token, app: app, now: request.now) {
            return GitHubErrors.error(401, problem)
        }
        let segments = request.segments
        switch (request.method, segments.count) {
        case ("GET", 1):
            return .json(
                200,
                [
                    "id": .int(Int(app.appID)), "slug": .string(app.slug), "node_id": .string("A_\(app.appID)"),
                    "name": .string(app.slug), "owner": GitHubJSON.user("backend-review", &state),
                    "permissions": permissions, "events": ["pull_request", "issue_comment"],
                ]
            )
        case ("GET", 4) where segments[0] == "repos":
            let key = RepositoryKey(.github, segments[1] + "/" + segments[2])
            guard let repo = state.repositories[key] else { return GitHubErrors.notFound }
            return .json(
                200,
                [
                    "id": .int(app.installationID), "account": GitHubJSON.user(repo.owner, &state),
                    "app_id": .int(Int(app.appID)), "app_slug": .string(app.slug), "target_type": "Organization",
                    "permissions": permissions, "events": ["pull_request", "issue_comment"],
                    "repository_selection": "all",
                ]
            )
        case ("POST", 4) where segments[1] == "installations" && segments[3] == "access_tokens":
            guard Int(segments[2]) == app.installationID else { return GitHubErrors.notFound }
            return issueInstallationToken(request, app: app, &state)
        default:
            return GitHubErrors.notFound
        }
    }

    private static let permissions: JSON = [
        "contents": "read", "issues": "write", "metadata": "read", "pull_requests": "write", "statuses": "write",
    ]

    private static func issueInstallationToken(
        _ request: FakeRequest, app: GitHubAppConfig, _ state: inout FakeState
    ) -> FakeResponse {
        state.app?.issuedTokens += 1
        let serial = state.app?.issuedTokens ?? 0
        let digits = String(serial) + "x" + String(state.nextID())
        let token = "ghs_" + String(repeating: "0", count: max(36 - digits.count, 0)) + digits
        let expiresAt = request.now.addingTimeInterval(app.tokenLifetime)
        state.auth[.github]?.grants[token] = HostAuth.Grant(login: app.botLogin, expiresAt: expiresAt, isInstallation: true)
        return .json(
            201,
            [
                "token": .string(token), "expires_at": Timestamp.string(expiresAt, for: .github),
                "permissions": permissions, "repository_selection": "all",
            ]
        )
    }
}
