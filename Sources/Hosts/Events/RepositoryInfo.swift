/// The repository (GitLab: project) a webhook delivery is about, in host-neutral terms.
public struct RepositoryInfo: Sendable, Hashable, Codable {
    /// The host's numeric id for the repository (GitLab: project id), when the payload carries one.
    public var id: Int?
    /// The owner login (GitHub, Gitea) or the namespace path (GitLab, may contain `/` for subgroups).
    public var owner: String
    /// The repository's path name, the last component of ``fullPath``.
    public var name: String
    /// `owner/name` (GitLab: `path_with_namespace`, e.g. `group1/group2/repo`).
    public var fullPath: String
    /// The HTTPS clone URL, when given.
    public var cloneURL: String?
    /// The repository's web page, when given.
    public var webURL: String?
    /// The default branch, when given. Configuration and memory are read from it, never from the PR head.
    public var defaultBranch: String?

    /// Creates a repository description.
    public init(
        id: Int?, owner: String, name: String, fullPath: String,
        cloneURL: String?, webURL: String?, defaultBranch: String?
    ) {
        self.id = id
        self.owner = owner
        self.name = name
        self.fullPath = fullPath
        self.cloneURL = cloneURL
        self.webURL = webURL
        self.defaultBranch = defaultBranch
    }
}
