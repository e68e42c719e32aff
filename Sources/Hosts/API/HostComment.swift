/// A comment already on a pull request, as the host's API lists it.
public struct HostComment: Sendable, Hashable, Codable {
    /// The host's id of the comment (GitHub comment id, GitLab note id, Gitea comment id), as text.
    public var id: String
    /// GitLab's discussion id for a note in a thread; `nil` elsewhere.
    public var threadID: String?
    /// The body, Markdown.
    public var body: String
    /// The author's login.
    public var author: String?
    /// The file path, for an inline (diff) comment.
    public var path: String?
    /// The new-file line, for an inline comment on an added or context line.
    public var line: Int?

    /// Creates a comment.
    public init(id: String, threadID: String? = nil, body: String, author: String?, path: String? = nil, line: Int? = nil) {
        self.id = id
        self.threadID = threadID
        self.body = body
        self.author = author
        self.path = path
        self.line = line
    }

    /// Whether it is anchored to a diff line.
    public var isInline: Bool { path != nil }
}

/// An inline comment to post on the new side of the diff: `line` is a line number in the head version of `path`
/// that the diff adds or shows as context. Adapters translate it (GitHub `line`/`side: RIGHT`, GitLab
/// `position.new_line`, Gitea `new_position`).
public struct InlineCommentDraft: Sendable, Hashable, Codable {
    /// The file path in the head commit.
    public var path: String
    /// The new-file line number (1-based).
    public var line: Int
    /// The body, Markdown, carrying the finding's hidden fingerprint marker.
    public var body: String
    /// The old path, for a renamed file (GitLab's `position.old_path`).
    public var oldPath: String?
    /// The old-file line when `line` is a context line (GitLab needs both for unchanged lines); `nil` for added lines.
    public var oldLine: Int?

    /// Creates a draft.
    public init(path: String, line: Int, body: String, oldPath: String? = nil, oldLine: Int? = nil) {
        self.path = path
        self.line = line
        self.body = body
        self.oldPath = oldPath
        self.oldLine = oldLine
    }
}

/// The commit status the bot sets on the head commit (`context` is `backend-review`).
public struct CommitStatus: Sendable, Hashable, Codable {
    /// The state, in host-neutral terms; adapters map it (GitLab `running`/`success`/`failed`, ...).
    public enum State: String, Sendable, Hashable, Codable {
        case pending, success, failure, error
    }
    /// The state.
    public var state: State
    /// A one-line description (hosts cap it at about 140 characters).
    public var description: String
    /// The status context / name.
    public var context: String
    /// A link, when there is one.
    public var targetURL: String?

    /// Creates a status.
    public init(state: State, description: String, context: String = "backend-review", targetURL: String? = nil) {
        self.state = state
        self.description = description
        self.context = context
        self.targetURL = targetURL
    }
}
