/// A comment on a pull request (conversation or diff line), handed to a comment handler.
public struct CommentEvent: Sendable, Hashable, Codable {
    /// What happened to the comment.
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        /// GitHub/Gitea `created`, GitLab `create` (or no action, in older GitLab versions).
        case created
        /// GitHub/Gitea `edited`, GitLab `update`.
        case edited
        /// GitHub/Gitea `deleted`. GitLab sends no hook for deleted notes.
        case deleted
    }

    /// Which side of the diff a line comment sits on.
    public enum Side: String, Sendable, Hashable, Codable {
        /// The base version (GitHub `LEFT`, GitLab `old_line`).
        case old
        /// The head version (GitHub `RIGHT`, GitLab `new_line`).
        case new
    }

    /// Where a comment on a diff line sits.
    public struct DiffPosition: Sendable, Hashable, Codable {
        /// The file path in the head version (GitLab: `new_path`).
        public var path: String
        /// The line number on ``side``; `nil` when the host marks the comment outdated.
        public var line: Int?
        /// The side of the diff, when the host says.
        public var side: Side?
        /// The commit the comment was made on (GitHub `commit_id`, GitLab `position.head_sha`).
        public var commitSHA: String?

        /// Creates a diff position.
        public init(path: String, line: Int?, side: Side?, commitSHA: String?) {
            self.path = path
            self.line = line
            self.side = side
            self.commitSHA = commitSHA
        }
    }

    /// The host that sent the event.
    public var host: HostKind
    /// The repository of the pull request.
    public var repository: RepositoryInfo
    /// The pull request number (GitLab: merge request `iid`).
    public var pullRequestNumber: Int
    /// The comment's id on the host.
    public var commentID: Int
    /// The comment text (markdown).
    public var body: String
    /// The comment author's login.
    public var author: String
    /// What happened to the comment.
    public var action: Action
    /// The comment this one replies to (GitHub review comments: `in_reply_to_id`).
    public var inReplyToID: Int?
    /// The GitLab discussion the note belongs to, used to reply in the same thread.
    public var discussionID: String?
    /// The GitHub review the comment belongs to (`pull_request_review_id`).
    public var reviewID: Int?
    /// Set when the comment is on a diff line; `nil` for conversation comments.
    public var position: DiffPosition?
    /// The comment's web page, when given.
    public var htmlURL: String?
    /// The GitHub App installation id, needed to reply with the installation token; `nil` elsewhere.
    public var installationID: Int?

    /// Creates a comment event.
    public init(
        host: HostKind, repository: RepositoryInfo, pullRequestNumber: Int, commentID: Int, body: String,
        author: String, action: Action, inReplyToID: Int? = nil, discussionID: String? = nil,
        reviewID: Int? = nil, position: DiffPosition? = nil, htmlURL: String? = nil, installationID: Int? = nil
    ) {
        self.host = host
        self.repository = repository
        self.pullRequestNumber = pullRequestNumber
        self.commentID = commentID
        self.body = body
        self.author = author
        self.action = action
        self.inReplyToID = inReplyToID
        self.discussionID = discussionID
        self.reviewID = reviewID
        self.position = position
        self.htmlURL = htmlURL
        self.installationID = installationID
    }

    /// Whether the comment sits on a diff line.
    public var isOnDiffLine: Bool { position != nil }
}
