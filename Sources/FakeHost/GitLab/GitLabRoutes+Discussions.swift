import Foundation

extension GitLabRoutes {
    private static let invalidLineCode =
        "400 Bad request - Note {:line_code=>[\"can't be blank\", \"must be a valid line code\"]}"

    /// `POST .../discussions {body, position?}` → 201 discussion. A `position` must carry the MR's
    /// current `diff_refs` and name a line of the current diff exactly as GitLab matches it: added
    /// lines by `new_line` alone, removed by `old_line` alone, unchanged lines by both. Else 400, nothing stored.
    static func createDiscussion(
        _ request: FakeRequest, key: RepositoryKey, iid: Int, caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        guard let params = parameters(request) else { return .message(400, "400 Bad request - invalid JSON") }
        if let problem = validateBody(params["body"]) { return problem }
        let body = params["body"]?.stringValue ?? ""
        guard let pull = state.repositories[key]?.pulls[iid] else { return .message(404, "404 Not found") }
        var anchor: Anchor?
        if let position = params["position"], !position.isNull {
            guard let checked = Anchor(position, version: pull.current) else { return .message(400, invalidLineCode) }
            anchor = checked
        }
        return state.withPull(key, iid) { pull, state in
            let discussion = discussionID(state.nextID())
            var note = FakeComment(
                id: state.nextID(), body: body, author: caller.login, discussionID: discussion,
                noteType: "DiscussionNote", createdOrder: state.nextSequence(), createdAt: request.now
            )
            if let anchor {
                note.noteType = "DiffNote"
                note.path = anchor.newPath
                note.oldPath = anchor.oldPath
                note.line = anchor.newLine
                note.oldLine = anchor.oldLine
                note.commitID = pull.current.headSHA
                note.baseSHA = pull.current.baseSHA
                note.startSHA = pull.current.startSHA
                pull.inlineComments.append(note)
            } else {
                pull.generalComments.append(note)
            }
            pull.updatedAt = request.now
            guard let project = state.repositories[key] else { return notFound }
            return .json(
                201,
                ["id": .string(discussion), "individual_note": false, "notes": [GitLabJSON.note(note, pull, project, &state)]]
            )
        } ?? .message(404, "404 Not found")
    }

    /// A text position checked against the current diff version.
    private struct Anchor {
        var newPath: String
        var oldPath: String
        var newLine: Int?
        var oldLine: Int?

        init?(_ position: JSON, version: DiffVersion) {
            guard position["position_type"]?.stringValue == "text",
                position["base_sha"]?.stringValue == version.baseSHA,
                position["start_sha"]?.stringValue == version.startSHA,
                position["head_sha"]?.stringValue == version.headSHA,
                let newPath = position["new_path"]?.stringValue, let oldPath = position["old_path"]?.stringValue,
                let file = version.file(at: newPath)
            else { return nil }
            guard oldPath == (file.oldPath ?? file.path) || oldPath == file.path else { return nil }
            let newLine = Self.line(position["new_line"])
            let oldLine = Self.line(position["old_line"])
            guard newLine != nil || oldLine != nil,
                DiffAnchors.gitlabLine(file, oldLine: oldLine, newLine: newLine) != nil
            else { return nil }
            self.newPath = newPath
            self.oldPath = oldPath
            self.newLine = newLine
            self.oldLine = oldLine
        }

        /// GitLab coerces `"12"` and treats `null`/`""` as absent.
        private static func line(_ value: JSON?) -> Int? {
            guard let value, !value.isNull, value.stringValue != "" else { return nil }
            return value.coercedInt
        }
    }
}
