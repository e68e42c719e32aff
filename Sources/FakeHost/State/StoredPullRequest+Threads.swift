import Foundation

extension StoredPullRequest {
    /// Every comment, general and inline, in creation order.
    var allComments: [FakeComment] {
        (generalComments + inlineComments).sorted { $0.createdOrder < $1.createdOrder }
    }

    /// The comment with `id`, general or inline.
    func comment(_ id: Int) -> FakeComment? {
        generalComments.first { $0.id == id } ?? inlineComments.first { $0.id == id }
    }

    /// GitLab discussions, oldest first: each discussion id with its notes in creation order.
    var discussions: [(id: String, notes: [FakeComment])] {
        var order: [String] = []
        var notes: [String: [FakeComment]] = [:]
        for note in allComments {
            guard let discussion = note.discussionID else { continue }
            if notes[discussion] == nil { order.append(discussion) }
            notes[discussion, default: []].append(note)
        }
        return order.map { ($0, notes[$0] ?? []) }
    }

    /// The thread of comment `id`, first comment first: a GitHub review comment's root and replies, a GitLab
    /// discussion; else the comment alone. Empty when there is no such comment.
    func thread(of id: Int, kind: FakeHostKind) -> [FakeComment] {
        guard let comment = comment(id) else { return [] }
        switch kind {
        case .github where comment.isInline:
            let root = comment.inReplyToID ?? comment.id
            return inlineComments.filter { $0.id == root || $0.inReplyToID == root }
                .sorted { $0.createdOrder < $1.createdOrder }
        case .gitlab:
            guard let discussion = comment.discussionID else { return [comment] }
            return allComments.filter { $0.discussionID == discussion }
        default:
            return [comment]
        }
    }

    /// Answers posted in an existing thread: GitHub review-comment replies, GitLab notes after the first of their
    /// discussion. Gitea has no threads.
    func replies(kind: FakeHostKind) -> [FakeComment] {
        switch kind {
        case .github: inlineComments.filter { $0.inReplyToID != nil }.sorted { $0.createdOrder < $1.createdOrder }
        case .gitlab: discussions.flatMap { $0.notes.dropFirst() }
        case .gitea: []
        }
    }

    /// Appends an answer in the thread of `commentID` as the host would store it (see `addReply`); nil when there
    /// is no such comment. GitHub replies must name a thread's first comment (see the replies route).
    mutating func appendReply(
        kind: FakeHostKind, to commentID: Int, body: String, author: String, at now: Date, _ state: inout FakeState
    ) -> FakeComment? {
        guard let target = comment(commentID) else { return nil }
        var reply = FakeComment(
            id: state.nextID(), body: body, author: author, createdOrder: state.nextSequence(), createdAt: now
        )
        switch kind {
        case .github where target.isInline:
            let root = target.inReplyToID.flatMap { comment($0) } ?? target
            reply.path = root.path
            reply.line = root.line
            reply.oldLine = root.oldLine
            reply.side = root.side
            reply.commitID = root.commitID
            reply.reviewID = state.nextID()
            reply.inReplyToID = root.id
            inlineComments.append(reply)
        case .gitlab:
            let discussion = target.discussionID ?? GitLabRoutes.discussionID(state.nextID())
            // Answering a plain note turns it into a thread, as GitLab does.
            let first = allComments.first { $0.discussionID == discussion } ?? target
            if first.noteType == nil { convertToThread(first.id, discussion: discussion) }
            reply.discussionID = discussion
            if first.noteType == "DiffNote" {
                reply.noteType = "DiffNote"
                reply.path = first.path
                reply.oldPath = first.oldPath
                reply.line = first.line
                reply.oldLine = first.oldLine
                reply.commitID = first.commitID
                reply.baseSHA = first.baseSHA
                reply.startSHA = first.startSHA
                inlineComments.append(reply)
            } else {
                reply.noteType = "DiscussionNote"
                generalComments.append(reply)
            }
        default:
            generalComments.append(reply)
        }
        updatedAt = now
        return reply
    }

    private mutating func convertToThread(_ id: Int, discussion: String) {
        if let index = generalComments.firstIndex(where: { $0.id == id }) {
            generalComments[index].noteType = "DiscussionNote"
            generalComments[index].discussionID = discussion
        }
    }
}
