import Hosts

extension GitLabClient {
    /// A note in a discussion is answered in that thread with
    /// `POST /projects/{id}/merge_requests/{iid}/discussions/{discussion_id}/notes` (GitLab turns a plain note
    /// into a thread when it is answered this way); without a discussion id, with a plain merge request note.
    public func reply(_ ref: PullRequestRef, in thread: CommentThread, body: String) async throws -> HostComment {
        guard let discussionID = thread.discussionID, !discussionID.isEmpty else {
            return try await createComment(ref, body: body)
        }
        let request = HostRequest(
            .post, mergeRequestPath(ref) + "/discussions/\(PathEncoding.component(discussionID))/notes",
            body: JSONBody.encode(GitLabAPI.NoteBody(body: body))
        )
        let note = try await json(request, as: GitLabAPI.Note.self)
        return Self.comment(from: note, threadID: discussionID, fallbackBody: body)
    }
}
