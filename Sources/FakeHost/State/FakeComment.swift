import Foundation

/// A comment as the fake stores it: a general comment (GitHub issue comment, GitLab note, Gitea
/// comment) or an inline one (GitHub review comment, GitLab DiffNote, Gitea review comment).
public struct FakeComment: Sendable, Hashable {
    /// The host id (GitHub comment id, GitLab note id, Gitea comment id).
    public var id: Int
    /// The current body.
    public var body: String
    /// The login of the author (the bot's login for comments created with the bot's token).
    public var author: String
    /// The file path, for an inline comment.
    public var path: String?
    /// The new-side line (GitHub `line` on RIGHT, GitLab `new_line`, Gitea `new_position`).
    public var line: Int?
    /// The old-side line (GitHub LEFT side, GitLab `old_line`, Gitea `old_position`).
    public var oldLine: Int?
    /// GitLab `position.old_path`.
    public var oldPath: String?
    /// GitHub `side` (`RIGHT` or `LEFT`).
    public var side: String?
    /// The head commit the comment was anchored on (GitHub `commit_id`, GitLab `head_sha`).
    public var commitID: String?
    /// GitLab `position.base_sha`.
    public var baseSHA: String?
    /// GitLab `position.start_sha`.
    public var startSHA: String?
    /// The GitHub or Gitea review that created it.
    public var reviewID: Int?
    /// The GitLab discussion (thread) it belongs to.
    public var discussionID: String?
    /// The GitHub review comment this one answers (`in_reply_to_id`: always the thread's first comment).
    public var inReplyToID: Int?
    /// GitLab note `type`: `DiffNote`, `DiscussionNote`, or nil for a plain note.
    public var noteType: String?
    /// Position in creation order across everything the fake created (increases).
    public var createdOrder: Int
    /// When it was created.
    public var createdAt: Date
    /// When its body last changed.
    public var updatedAt: Date
    /// Earlier bodies, oldest first: one entry per update (so "updated in place" is assertable).
    public var previousBodies: [String]

    /// How many times the body was updated.
    public var updateCount: Int { previousBodies.count }
    /// Whether it is anchored to a diff line.
    public var isInline: Bool { path != nil }

    /// Creates a comment (used by seeding; the fake fills the same fields for API-created ones).
    public init(
        id: Int, body: String, author: String, path: String? = nil, line: Int? = nil, oldLine: Int? = nil,
        oldPath: String? = nil, side: String? = nil, commitID: String? = nil, baseSHA: String? = nil,
        startSHA: String? = nil, reviewID: Int? = nil, discussionID: String? = nil, inReplyToID: Int? = nil,
        noteType: String? = nil, createdOrder: Int, createdAt: Date, updatedAt: Date? = nil, previousBodies: [String] = []
    ) {
        self.id = id
        self.body = body
        self.author = author
        self.path = path
        self.line = line
        self.oldLine = oldLine
        self.oldPath = oldPath
        self.side = side
        self.commitID = commitID
        self.baseSHA = baseSHA
        self.startSHA = startSHA
        self.reviewID = reviewID
        self.discussionID = discussionID
        self.inReplyToID = inReplyToID
        self.noteType = noteType
        self.createdOrder = createdOrder
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.previousBodies = previousBodies
    }
}
