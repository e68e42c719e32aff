import Hosts
import Logging

extension GiteaClient {
    /// `GET /repos/{o}/{r}/collaborators/{user}/permission`: `owner` and `admin` are ``RepositoryPermission/admin``,
    /// then `write`, `read`, `none`. A 404 (no such user) is ``RepositoryPermission/none``, and so is a 403: Gitea
    /// only tells repository admins (and site admins) about other users, so a bot account without admin rights on
    /// the repository sees everyone as unable to write, and each such refusal is logged with what to change.
    public func permission(_ repository: RepositoryInfo, user: String) async throws -> RepositoryPermission {
        let request = HostRequest(
            .get, repoPath(repository) + "/collaborators/\(PathEncoding.component(user))/permission",
            acceptedStatuses: [403, 404]
        )
        let response = try await send(request)
        switch response.status {
        case 404:
            return .none
        case 403:
            http.logger.warning(
                "host API refused a permission check; give the bot account admin rights on the repository",
                metadata: [
                    "host.name": "\(http.host)", "host.request": "\(request.summary)", "host.status": "403",
                    "host.message": "\(response.errorMessage ?? "forbidden")",
                ]
            )
            return .none
        default:
            let answer = try http.decode(GiteaAPI.CollaboratorPermission.self, from: response, request: request)
            return Self.permission(answer.permission)
        }
    }

    /// Gitea's access modes in neutral terms; anything unknown is ``RepositoryPermission/none``.
    static func permission(_ accessMode: String) -> RepositoryPermission {
        switch accessMode.lowercased() {
        case "owner", "admin": .admin
        case "write": .write
        case "read": .read
        default: .none
        }
    }
}
