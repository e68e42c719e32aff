/// Where to answer a comment: in its thread when the host has threads, else on the pull request.
///
/// - GitHub: a review (diff) comment is answered with `POST /pulls/{n}/comments/{root}/replies`, where `root` is
///   the thread's first comment (`in_reply_to_id`, or the comment itself); a conversation comment with an issue comment.
/// - GitLab: a note in a discussion is answered with `POST /merge_requests/{iid}/discussions/{id}/notes`; else a note.
/// - Gitea/Forgejo have no reply API for review comments: the answer is an issue comment that quotes the command.
public struct CommentThread: Sendable, Hashable, Codable {
    /// The comment being answered.
    public var commentID: Int
    /// The thread's first comment, when the comment is a reply (GitHub `in_reply_to_id`).
    public var rootCommentID: Int?
    /// GitLab's discussion id.
    public var discussionID: String?
    /// Whether the comment sits on a diff line (GitHub review comment, GitLab DiffNote, Gitea review comment).
    public var isReviewComment: Bool
    /// The author of the comment being answered, for hosts that answer with a quoting comment.
    public var author: String
    /// The comment's text, quoted (shortened) by hosts without threads.
    public var quotedBody: String

    /// Creates a thread reference.
    public init(
        commentID: Int, rootCommentID: Int? = nil, discussionID: String? = nil, isReviewComment: Bool,
        author: String, quotedBody: String
    ) {
        self.commentID = commentID
        self.rootCommentID = rootCommentID
        self.discussionID = discussionID
        self.isReviewComment = isReviewComment
        self.author = author
        self.quotedBody = quotedBody
    }
}

extension CommentEvent {
    /// The thread to answer this comment in.
    public var thread: CommentThread {
        CommentThread(
            commentID: commentID, rootCommentID: inReplyToID, discussionID: discussionID,
            isReviewComment: isOnDiffLine, author: author, quotedBody: body)
    }
}
