import Hosts

extension GitHubClient {
    /// `GET /repos/{o}/{r}/collaborators/{username}/permission`; a 404 (no such user) is ``RepositoryPermission/none``.
    ///
    /// `role_name` wins when it names a built-in role (it tells `maintain` from `write` and `triage` from `read`);
    /// a custom role, or a GitHub Enterprise Server too old to send `role_name`, falls back to `permission`.
    public func permission(_ repository: RepositoryInfo, user: String) async throws -> RepositoryPermission {
        let request = HostRequest(
            .get, repoPath(repository) + "/collaborators/\(PathEncoding.component(user))/permission",
            acceptedStatuses: [404]
        )
        let response = try await send(request, about: repository)
        if response.status == 404 { return .none }
        let answer = try http.decode(GitHubAPI.CollaboratorPermission.self, from: response, request: request)
        return Self.permission(roleName: answer.roleName, permission: answer.permission)
    }

    /// The neutral permission of a `role_name` / `permission` pair; anything unknown is ``RepositoryPermission/none``.
    static func permission(roleName: String?, permission: String) -> RepositoryPermission {
        if let roleName, let role = RepositoryPermission(rawValue: roleName.lowercased()) { return role }
        return RepositoryPermission(rawValue: permission.lowercased()) ?? .none
    }
}
