import Foundation

extension GitLabRoutes {
    static let maxNoteCharacters = 1_000_000

    /// `GET .../merge_requests/{iid}/notes`: every note, general and DiffNote. GitLab's default order
    /// is newest first (`sort=desc`, `order_by=created_at`); `sort=asc` and `order_by=updated_at` are honoured.
    static func listNotes(_ request: FakeRequest, key: RepositoryKey, iid: Int, _ state: inout FakeState) -> FakeResponse {
        guard let project = state.repositories[key], let pull = project.pulls[iid] else { return .message(404, "404 Not found") }
        var notes = pull.generalComments + pull.inlineComments
        let byUpdate = request.query("order_by") == "updated_at"
        notes.sort { byUpdate ? ($0.updatedAt, $0.createdOrder) < ($1.updatedAt, $1.createdOrder) : $0.createdOrder < $1.createdOrder }
        if request.query("sort") != "asc" { notes.reverse() }
        let pages = Pagination(request, sizeName: "per_page", defaultSize: 20, maxSize: 100)
        let items = pages.slice(notes).map { GitLabJSON.note($0, pull, project, &state) }
        return FakeResponse(
            status: 200,
            headers: [("content-type", "application/json")] + pages.gitlabHeaders(request, total: notes.count),
            body: JSON.array(items).bytes
        )
    }

    /// `POST .../notes {body}` → 201 note.
    static func createNote(
        _ request: FakeRequest, key: RepositoryKey, iid: Int, caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        guard let params = parameters(request) else { return .message(400, "400 Bad request - invalid JSON") }
        if let problem = validateBody(params["body"]) { return problem }
        let body = params["body"]?.stringValue ?? ""
        return state.withPull(key, iid) { pull, state in
            let note = FakeComment(
                id: state.nextID(), body: body, author: caller.login, discussionID: discussionID(state.nextID()),
                createdOrder: state.nextSequence(), createdAt: request.now
            )
            pull.generalComments.append(note)
            pull.updatedAt = request.now
            guard let project = state.repositories[key] else { return notFound }
            return .json(201, GitLabJSON.note(note, pull, project, &state))
        } ?? .message(404, "404 Not found")
    }

    /// `PUT .../notes/{id} {body}` → 200; only the author may edit a note (403 otherwise).
    static func updateNote(
        _ request: FakeRequest, key: RepositoryKey, iid: Int, noteID: Int, caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        guard let params = parameters(request) else { return .message(400, "400 Bad request - invalid JSON") }
        if let problem = validateBody(params["body"]) { return problem }
        let body = params["body"]?.stringValue ?? ""
        return state.withPull(key, iid) { pull, state in
            let edit: (inout FakeComment) -> FakeResponse? = { note in
                guard note.author == caller.login else { return .message(403, "403 Forbidden") }
                note.previousBodies.append(note.body)
                note.body = body
                note.updatedAt = request.now
                return nil
            }
            guard let project = state.repositories[key] else { return notFound }
            if let index = pull.generalComments.firstIndex(where: { $0.id == noteID }) {
                if let refused = edit(&pull.generalComments[index]) { return refused }
                return .json(200, GitLabJSON.note(pull.generalComments[index], pull, project, &state))
            }
            if let index = pull.inlineComments.firstIndex(where: { $0.id == noteID }) {
                if let refused = edit(&pull.inlineComments[index]) { return refused }
                return .json(200, GitLabJSON.note(pull.inlineComments[index], pull, project, &state))
            }
            return .message(404, "404 Note Not Found")
        } ?? .message(404, "404 Not found")
    }

    /// A 400 for a missing, blank or over-long note body.
    static func validateBody(_ value: JSON?) -> FakeResponse? {
        guard let body = value?.stringValue else { return .json(400, ["error": "body is missing"]) }
        if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return .message(400, "400 Bad request - Note {:note=>[\"can't be blank\"]}")
        }
        if body.count > maxNoteCharacters {
            return .message(400, "400 Bad request - Note {:note=>[\"is too long (maximum is \(maxNoteCharacters) characters)\"]}")
        }
        return nil
    }

    /// A 40-hex discussion id, as GitLab's look.
    static func discussionID(_ seed: Int) -> String {
        let hex = String(seed, radix: 16)
        return String(repeating: "0", count: max(40 - hex.count, 0)) + hex
    }
}
