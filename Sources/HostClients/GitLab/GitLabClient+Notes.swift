import Hosts

extension GitLabClient {
    /// Every note of the merge request, read thread by thread (`GET .../discussions`, all pages, `X-Next-Page`),
    /// without GitLab's system notes. Each carries its discussion id as ``HostComment/threadID``; diff notes
    /// carry their `position.new_path` and `new_line`.
    public func comments(_ ref: PullRequestRef) async throws -> [HostComment] {
        let request = authorized(
            HostRequest(
                .get, mergeRequestPath(ref) + "/discussions",
                query: [QueryItem("per_page", String(options.pageSize)), QueryItem("page", "1")]
            )
        )
        let discussions = try await http.paginate(request, style: .nextPageHeader, as: GitLabAPI.Discussion.self)
        return discussions.flatMap { discussion in
            discussion.notes.filter { $0.system != true }.map { Self.comment(from: $0, threadID: discussion.id) }
        }
    }

    /// One `POST /projects/{id}/merge_requests/{iid}/discussions` per draft, positioned on the snapshot's
    /// `diff_refs`. Discussions already created stay when a later one fails.
    public func postInlineComments(
        _ ref: PullRequestRef, snapshot: PullRequestSnapshot, comments: [InlineCommentDraft]
    ) async throws {
        for draft in comments {
            let discussion = GitLabAPI.DiscussionRequest(
                body: draft.body,
                position: .init(
                    baseSHA: snapshot.baseSHA, startSHA: snapshot.startSHA ?? snapshot.baseSHA,
                    headSHA: snapshot.headSHA, oldPath: draft.oldPath ?? draft.path, newPath: draft.path,
                    newLine: draft.line, oldLine: draft.oldLine
                )
            )
            let request = HostRequest(.post, mergeRequestPath(ref) + "/discussions", body: JSONBody.encode(discussion))
            _ = try await send(request)
        }
    }

    /// `POST /projects/{id}/merge_requests/{iid}/notes`.
    public func createComment(_ ref: PullRequestRef, body: String) async throws -> HostComment {
        let request = HostRequest(
            .post, mergeRequestPath(ref) + "/notes", body: JSONBody.encode(GitLabAPI.NoteBody(body: body))
        )
        let note = try await json(request, as: GitLabAPI.Note.self)
        return HostComment(id: String(note.id), body: note.body ?? body, author: note.author?.username)
    }

    /// `PUT /projects/{id}/merge_requests/{iid}/notes/{note_id}`.
    public func updateComment(_ ref: PullRequestRef, comment: HostComment, body: String) async throws {
        let request = HostRequest(
            .put, mergeRequestPath(ref) + "/notes/\(PathEncoding.component(comment.id))",
            body: JSONBody.encode(GitLabAPI.NoteBody(body: body))
        )
        _ = try await send(request)
    }

    /// A note as the pipeline sees it; only a `DiffNote`'s position makes it inline.
    static func comment(from note: GitLabAPI.Note, threadID: String?, fallbackBody: String = "") -> HostComment {
        let position = note.type == "DiffNote" ? note.position : nil
        return HostComment(
            id: String(note.id), threadID: threadID, body: note.body ?? fallbackBody, author: note.author?.username,
            path: position?.newPath, line: position?.newLine
        )
    }
}
