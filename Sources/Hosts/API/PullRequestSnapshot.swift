/// A pull request as the host's API describes it now (the webhook may be stale by the time a worker runs).
public struct PullRequestSnapshot: Sendable, Hashable, Codable {
    /// The title.
    public var title: String
    /// The description; empty when the host has none.
    public var body: String
    /// The commit to review.
    public var headSHA: String
    /// The base commit of the diff (GitLab: `diff_refs.base_sha`).
    public var baseSHA: String
    /// GitLab's `diff_refs.start_sha` (needed in a discussion `position`); `nil` elsewhere.
    public var startSHA: String?
    /// The source branch.
    public var headRef: String
    /// The target branch.
    public var baseRef: String
    /// The repository's default branch, where per-repo config and memory are read from.
    public var defaultBranch: String?
    /// Whether it is a draft.
    public var isDraft: Bool
    /// Whether it is still open (a closed or merged pull request is not reviewed).
    public var isOpen: Bool
    /// The author's login, when known.
    public var author: String?

    /// Creates a snapshot.
    public init(
        title: String, body: String, headSHA: String, baseSHA: String, startSHA: String? = nil,
        headRef: String, baseRef: String, defaultBranch: String?, isDraft: Bool, isOpen: Bool, author: String?
    ) {
        self.title = title
        self.body = body
        self.headSHA = headSHA
        self.baseSHA = baseSHA
        self.startSHA = startSHA
        self.headRef = headRef
        self.baseRef = baseRef
        self.defaultBranch = defaultBranch
        self.isDraft = isDraft
        self.isOpen = isOpen
        self.author = author
    }
}
