/// What a user may do in a repository, as the host reports it. Only ``canWrite`` users may change the
/// expertise memory through comment commands.
///
/// Mapping: GitHub `collaborators/{user}/permission` (`admin`, `maintain`, `write`, `triage`, `read`, `none`);
/// GitLab member `access_level` (≥ 30 Developer: write, 40 Maintainer: maintain, 50 Owner: admin, 10/20: read);
/// Gitea `collaborators/{user}/permission` (`owner`/`admin`, `write`, `read`, `none`).
public enum RepositoryPermission: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case none, read, triage, write, maintain, admin

    /// Whether the user can push to the repository.
    public var canWrite: Bool { self >= .write }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
