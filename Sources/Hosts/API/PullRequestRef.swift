/// Names one pull request (GitLab: merge request) on one host: what every host API call is about.
public struct PullRequestRef: Sendable, Hashable, Codable {
    /// The host.
    public var host: HostKind
    /// The repository (GitLab: project). API calls use ``RepositoryInfo/fullPath`` (GitLab: URL-encoded, or `id`).
    public var repository: RepositoryInfo
    /// The number (GitLab: `iid`).
    public var number: Int

    /// Creates a reference.
    public init(host: HostKind, repository: RepositoryInfo, number: Int) {
        self.host = host
        self.repository = repository
        self.number = number
    }

    /// `github/octo/repo#12`: the queue's coalescing key, so one pull request has one review at a time.
    public var key: String { "\(host.rawValue)/\(repository.fullPath)#\(number)" }
}

extension PullRequestEvent {
    /// The pull request this event is about.
    public var ref: PullRequestRef { PullRequestRef(host: host, repository: repository, number: number) }
}

extension CommentEvent {
    /// The pull request this comment is on.
    public var ref: PullRequestRef { PullRequestRef(host: host, repository: repository, number: pullRequestNumber) }
}
