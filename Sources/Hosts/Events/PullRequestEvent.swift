/// A delivery that should start (or restart) a review of a pull request (GitLab: merge request).
public struct PullRequestEvent: Sendable, Hashable, Codable {
    /// Why the review starts, in host-neutral terms.
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        /// GitHub/Gitea `opened`, GitLab `open`.
        case opened
        /// New commits: GitHub `synchronize`, Gitea `synchronized`, GitLab `update` with `oldrev`.
        case synchronized
        /// GitHub/Gitea `reopened`, GitLab `reopen`.
        case reopened
        /// The draft became ready: GitHub `ready_for_review`, GitLab `update` with `changes.draft` true → false.
        case readyForReview
    }

    /// A branch and the commit it pointed at when the event was sent.
    public struct Revision: Sendable, Hashable, Codable {
        /// The branch name, without `refs/heads/`.
        public var ref: String
        /// The commit sha; `nil` only for a GitLab base, which merge request hooks do not carry.
        public var sha: String?

        /// Creates a revision.
        public init(ref: String, sha: String?) {
            self.ref = ref
            self.sha = sha
        }
    }

    /// The host that sent the event.
    public var host: HostKind
    /// The repository the pull request targets.
    public var repository: RepositoryInfo
    /// The pull request number (GitLab: the merge request `iid`, not its global `id`).
    public var number: Int
    /// The title.
    public var title: String
    /// The description; empty when the host sends `null`.
    public var body: String
    /// The pull request author's login; `nil` on GitLab, whose hook only carries `author_id`.
    public var author: String?
    /// The login of whoever triggered the delivery (GitHub/Gitea `sender`, GitLab `user`).
    public var sender: String?
    /// Why the review starts.
    public var action: Action
    /// The source branch and the commit to review.
    public var head: Revision
    /// The target branch.
    public var base: Revision
    /// Whether the pull request is a draft (Gitea without a `draft` field: title starts with `WIP:` or `[WIP]`).
    public var isDraft: Bool
    /// The pull request's web page.
    public var htmlURL: String?
    /// The GitHub App installation id, which selects the installation token; `nil` for plain webhooks.
    public var installationID: Int?

    /// Creates a pull-request event.
    public init(
        host: HostKind, repository: RepositoryInfo, number: Int, title: String, body: String,
        author: String?, sender: String?, action: Action, head: Revision, base: Revision,
        isDraft: Bool, htmlURL: String?, installationID: Int?
    ) {
        self.host = host
        self.repository = repository
        self.number = number
        self.title = title
        self.body = body
        self.author = author
        self.sender = sender
        self.action = action
        self.head = head
        self.base = base
        self.isDraft = isDraft
        self.htmlURL = htmlURL
        self.installationID = installationID
    }
}
