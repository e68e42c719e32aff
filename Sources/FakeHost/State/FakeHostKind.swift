/// The host API family a request or seeded object belongs to. Forgejo speaks the Gitea API.
public enum FakeHostKind: String, Sendable, Hashable, CaseIterable, Codable {
    case github, gitlab, gitea

    /// The path prefix the fake serves this host under (`baseURL(for:)` appends it to the origin).
    public var pathPrefix: String {
        switch self {
        case .github: "/github"
        case .gitlab: "/gitlab/api/v4"
        case .gitea: "/gitea/api/v1"
        }
    }
}
