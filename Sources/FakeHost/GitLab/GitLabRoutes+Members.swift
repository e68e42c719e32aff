import Foundation

extension GitLabRoutes {
    /// `GET /projects/{id}/members/all?query=`: the project's members with a role (seeded ones, and the bot as an
    /// Owner unless seeded otherwise), sorted by username, filtered like GitLab by `query` appearing in the
    /// username or name (case-insensitive), paged with `X-Next-Page`.
    static func listMembers(_ request: FakeRequest, key: RepositoryKey, _ state: inout FakeState) -> FakeResponse {
        guard let project = state.repositories[key] else { return .message(404, "404 Project Not Found") }
        var roles = project.permissions
        if let bot = state.auth[.gitlab]?.botLogin.lowercased(), roles[bot] == nil { roles[bot] = .admin }
        let query = request.query("query")?.lowercased() ?? ""
        let members = roles.compactMap { login, role in role.gitlabAccessLevel.map { (login, $0) } }
            .filter { query.isEmpty || $0.0.contains(query) }
            .sorted { $0.0 < $1.0 }
        let pages = Pagination(request, sizeName: "per_page", defaultSize: 20, maxSize: 100)
        let items = pages.slice(members).map { login, level in
            member(displayLogin(login, state), accessLevel: level, &state)
        }
        return FakeResponse(
            status: 200,
            headers: [("content-type", "application/json")] + pages.gitlabHeaders(request, total: members.count),
            body: JSON.array(items).bytes
        )
    }

    /// The login as the bot's token spells it (seeded roles are keyed lowercased).
    private static func displayLogin(_ lowered: String, _ state: FakeState) -> String {
        if let bot = state.auth[.gitlab]?.botLogin, bot.lowercased() == lowered { return bot }
        return lowered
    }

    private static func member(_ login: String, accessLevel: Int, _ state: inout FakeState) -> JSON {
        var json = GitLabJSON.user(login, &state)
        json.set(path: ["access_level"], to: .int(accessLevel))
        json.set(path: ["created_at"], to: Timestamp.string(Date(timeIntervalSince1970: 1_700_000_000), for: .gitlab))
        json.set(path: ["expires_at"], to: .null)
        json.set(path: ["membership_state"], to: "active")
        return json
    }
}
