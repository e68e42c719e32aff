import Foundation

extension GitHubRoutes {
    /// `GET /repos/{o}/{r}/collaborators/{username}/permission` → `{permission, role_name, user}`: `permission` is
    /// the legacy base role (`maintain` reads as `write`, `triage` as `read`), `role_name` the role itself.
    /// 404 for a login the fake never saw (GitHub: no such user).
    static func collaboratorPermission(
        _ request: FakeRequest, key: RepositoryKey, user: String, _ state: inout FakeState
    ) -> FakeResponse {
        guard let role = state.permission(of: user, in: key) else { return GitHubErrors.notFound }
        var userJSON = GitHubJSON.user(user, &state)
        userJSON.set(
            path: ["permissions"],
            to: [
                "admin": .bool(role >= .admin), "maintain": .bool(role >= .maintain), "push": .bool(role >= .write),
                "triage": .bool(role >= .triage), "pull": .bool(role >= .read),
            ]
        )
        userJSON.set(path: ["role_name"], to: .string(role.rawValue))
        return .json(
            200, ["permission": .string(role.githubPermission), "role_name": .string(role.rawValue), "user": userJSON]
        )
    }
}
