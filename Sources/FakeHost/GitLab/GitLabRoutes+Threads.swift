import Foundation

extension GitLabRoutes {
    /// `GET .../merge_requests/{iid}/discussions`: every thread oldest first, each `{id, individual_note, notes}`
    /// with its notes in order (a plain note is a discussion of its own, `individual_note: true`), paged by
    /// `per_page`/`page` with `X-Next-Page` like the notes list.
    static func listDiscussions(_ request: FakeRequest, key: RepositoryKey, iid: Int, _ state: inout FakeState) -> FakeResponse {
        guard let project = state.repositories[key], let pull = project.pulls[iid] else { return .message(404, "404 Not found") }
        let discussions = pull.discussions
        let pages = Pagination(request, sizeName: "per_page", defaultSize: 20, maxSize: 100)
        let items: [JSON] = pages.slice(discussions).map { discussion in
            [
                "id": .string(discussion.id),
                "individual_note": .bool(discussion.notes.first?.noteType == nil),
                "notes": .array(discussion.notes.map { GitLabJSON.note($0, pull, project, &state) }),
            ]
        }
        return FakeResponse(
            status: 200,
            headers: [("content-type", "application/json")] + pages.gitlabHeaders(request, total: discussions.count),
            body: JSON.array(items).bytes
        )
    }

    /// `POST .../merge_requests/{iid}/discussions/{discussion_id}/notes {body}` → 201 note in that thread (a
    /// `DiffNote` on the thread's position when the thread is on the diff). Answering a plain note turns it
    /// into a thread, as GitLab does. 404 for an unknown discussion.
    static func createDiscussionNote(
        _ request: FakeRequest, key: RepositoryKey, iid: Int, discussionID: String, caller: HostAuth.Grant,
        _ state: inout FakeState
    ) -> FakeResponse {
        guard let pull = state.repositories[key]?.pulls[iid] else { return .message(404, "404 Not found") }
        guard let first = pull.allComments.first(where: { $0.discussionID == discussionID }) else {
            return .message(404, "404 Discussion Not Found")
        }
        guard let params = parameters(request) else { return .message(400, "400 Bad request - invalid JSON") }
        if let problem = validateBody(params["body"]) { return problem }
        let body = params["body"]?.stringValue ?? ""
        return state.withPull(key, iid) { pull, state in
            guard let note = pull.appendReply(
                kind: .gitlab, to: first.id, body: body, author: caller.login, at: request.now, &state
            ), let project = state.repositories[key]
            else { return .message(404, "404 Discussion Not Found") }
            return .json(201, GitLabJSON.note(note, pull, project, &state))
        } ?? .message(404, "404 Not found")
    }
}
