import Hosts

extension GitLabClient {
    /// The user's `access_level` among the project's members, direct or inherited from its groups
    /// (`GET /projects/{id}/members/all?query=<username>`, all pages): 50 Owner is ``RepositoryPermission/admin``,
    /// 40 Maintainer ``RepositoryPermission/maintain``, 30 Developer ``RepositoryPermission/write``, 20 Reporter,
    /// 15 Planner, 10 Guest and 5 Minimal access ``RepositoryPermission/read``. `query` matches names and
    /// usernames loosely, so only the exact username (case-insensitive) counts; no match, or a member who is not
    /// `active` (blocked, awaiting), is ``RepositoryPermission/none``.
    public func permission(_ repository: RepositoryInfo, user: String) async throws -> RepositoryPermission {
        let request = authorized(
            HostRequest(
                .get, projectPath(repository) + "/members/all",
                query: [QueryItem("query", user), QueryItem("per_page", String(options.pageSize)), QueryItem("page", "1")]
            )
        )
        let members = try await http.paginate(request, style: .nextPageHeader, as: GitLabAPI.Member.self)
        guard let member = members.first(where: { $0.username.lowercased() == user.lowercased() }),
              member.state == nil || member.state == "active"
        else { return .none }
        return Self.permission(accessLevel: member.accessLevel)
    }

    /// GitLab's role ladder in neutral terms.
    static func permission(accessLevel: Int) -> RepositoryPermission {
        switch accessLevel {
        case 50...: .admin
        case 40..<50: .maintain
        case 30..<40: .write
        case 5..<30: .read
        default: .none
        }
    }
}
