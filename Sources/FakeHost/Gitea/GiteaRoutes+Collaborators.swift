import Foundation

extension GiteaRoutes {
    private static let onlyAdmins =
        "Only admins can query all permissions, repo admins can query all repo permissions, collaborators can query only their own"

    /// `GET /repos/{o}/{r}/collaborators/{user}/permission` → `RepoCollaboratorPermission` `{permission, role_name,
    /// user}`. Like Gitea, only a repository admin may ask about someone else (403 otherwise), and a login the fake
    /// never saw is 404.
    static func collaboratorPermission(
        _ request: FakeRequest, key: RepositoryKey, user: String, caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        guard let repo = state.repositories[key] else { return notFound(request) }
        let callerRole = state.permission(of: caller.login, in: key) ?? FakePermission.none
        if callerRole < .admin, caller.login.lowercased() != user.lowercased() {
            return .json(403, ["message": .string(onlyAdmins), "url": .string("\(request.origin)/gitea/api/swagger")])
        }
        guard let role = state.permission(of: user, in: key) else {
            return .json(
                404,
                ["message": .string("user redirect does not exist [name: \(user.lowercased())]"),
                 "url": .string("\(request.origin)/gitea/api/swagger")]
            )
        }
        let mode = role.giteaPermission(isOwner: repo.owner.lowercased() == user.lowercased())
        return .json(200, ["permission": .string(mode), "role_name": .string(mode), "user": GiteaJSON.user(user, &state)])
    }
}
