/// A user's role in a seeded repository, in the same ladder as the bot's `RepositoryPermission`
/// (FakeHost does not depend on `Hosts`). Each host renders it in its own terms:
///
/// | role | GitHub `permission` / `role_name` | GitLab `access_level` | Gitea `permission` |
/// |---|---|---|---|
/// | `admin` | `admin` / `admin` | 50 (Owner) | `admin` (`owner` for the repository's owner) |
/// | `maintain` | `write` / `maintain` | 40 (Maintainer) | `write` |
/// | `write` | `write` / `write` | 30 (Developer) | `write` |
/// | `triage` | `read` / `triage` | 15 (Planner) | `read` |
/// | `read` | `read` / `read` | 20 (Reporter) | `read` |
/// | `none` | `none` / `none` | not a member | `none` |
public enum FakePermission: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case none, read, triage, write, maintain, admin

    /// Ordered as declared: `none` < `read` < ... < `admin`.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    /// GitHub's legacy base role (`permission`): `maintain` reads as `write`, `triage` as `read`.
    var githubPermission: String {
        switch self {
        case .admin: "admin"
        case .maintain, .write: "write"
        case .triage, .read: "read"
        case .none: "none"
        }
    }

    /// GitLab's member `access_level`; nil for a non-member.
    var gitlabAccessLevel: Int? {
        switch self {
        case .admin: 50
        case .maintain: 40
        case .write: 30
        case .read: 20
        case .triage: 15
        case .none: nil
        }
    }

    /// Gitea's access mode.
    func giteaPermission(isOwner: Bool) -> String {
        switch self {
        case .admin: isOwner ? "owner" : "admin"
        case .maintain, .write: "write"
        case .triage, .read: "read"
        case .none: "none"
        }
    }
}
