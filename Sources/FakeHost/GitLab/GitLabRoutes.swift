import Foundation

/// GitLab REST routes under `/gitlab/api/v4`: exactly the endpoints in ENDPOINTS.md. Projects are
/// addressed by URL-encoded `path_with_namespace` (`group%2Fsub%2Frepo`) or numeric id.
enum GitLabRoutes {
    static func handle(_ request: FakeRequest, _ state: inout FakeState) -> FakeResponse {
        guard let caller = state.auth[.gitlab]?.grant(for: token(request), now: request.now) else {
            return .message(401, "401 Unauthorized")
        }
        if let wait = state.admitContent(request) { return FaultResponses.contentLimited(wait, request) }
        let segments = request.segments
        if segments == ["user"], request.method == "GET" { return .json(200, GitLabJSON.user(caller.login, &state)) }
        guard segments.count >= 2, segments[0] == "projects" else { return notFound }
        guard let key = state.gitlabProjectKey(segments[1]), let project = state.repositories[key] else {
            return .message(404, "404 Project Not Found")
        }
        let rest = Array(segments.dropFirst(2))
        let method = request.method
        if rest.isEmpty, method == "GET" { return .json(200, GitLabJSON.project(project, &state)) }
        switch rest.first {
        case "merge_requests" where rest.count >= 2:
            guard let iid = Int(rest[1]), project.pulls[iid] != nil else { return .message(404, "404 Not found") }
            return mergeRequestRoute(request, key: key, iid: iid, rest: Array(rest.dropFirst(2)), caller: caller, &state)
        case "repository" where rest.count >= 4 && rest[1] == "files" && rest.last == "raw" && method == "GET":
            return rawFile(request, project: project, path: rest[2..<(rest.count - 1)].joined(separator: "/"))
        case "statuses" where rest.count == 2 && method == "POST":
            return createStatus(request, key: key, sha: rest[1], caller: caller, &state)
        case "members" where rest.count == 2 && rest[1] == "all" && method == "GET":
            return listMembers(request, key: key, &state)
        default:
            return notFound
        }
    }

    private static func mergeRequestRoute(
        _ request: FakeRequest, key: RepositoryKey, iid: Int, rest: [String], caller: HostAuth.Grant,
        _ state: inout FakeState
    ) -> FakeResponse {
        switch (request.method, rest.first, rest.count) {
        case ("GET", nil, 0): return mergeRequest(key: key, iid: iid, &state)
        case ("GET", "raw_diffs", 1): return rawDiffs(key: key, iid: iid, state)
        case ("GET", "notes", 1): return listNotes(request, key: key, iid: iid, &state)
        case ("POST", "notes", 1): return createNote(request, key: key, iid: iid, caller: caller, &state)
        case ("PUT", "notes", 2):
            guard let noteID = Int(rest[1]) else { return .message(404, "404 Note Not Found") }
            return updateNote(request, key: key, iid: iid, noteID: noteID, caller: caller, &state)
        case ("POST", "discussions", 1): return createDiscussion(request, key: key, iid: iid, caller: caller, &state)
        case ("GET", "discussions", 1): return listDiscussions(request, key: key, iid: iid, &state)
        case ("POST", "discussions", 3) where rest[2] == "notes":
            return createDiscussionNote(request, key: key, iid: iid, discussionID: rest[1], caller: caller, &state)
        default: return notFound
        }
    }

    static let notFound = FakeResponse.json(404, ["error": "404 Not Found"])

    /// `PRIVATE-TOKEN: X`, or an OAuth `Authorization: Bearer X`.
    static func token(_ request: FakeRequest) -> String? {
        if let token = request.header("private-token") { return token }
        guard let value = request.header("authorization") else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1])
    }

    /// The request's parameters: JSON or form body, with query parameters underneath (Grape merges them).
    static func parameters(_ request: FakeRequest) -> JSON? {
        request.jsonBody?.merging(missingFrom: request.queryObject)
    }

    private static func rawFile(_ request: FakeRequest, project: StoredRepository, path: String) -> FakeResponse {
        let ref = request.query("ref").flatMap { $0.isEmpty ? nil : $0 } ?? project.defaultBranch
        guard let bytes = project.file(path, ref: ref) else { return .message(404, "404 File Not Found") }
        return .bytes(200, bytes, contentType: "text/plain; charset=utf-8")
    }

    private static func mergeRequest(key: RepositoryKey, iid: Int, _ state: inout FakeState) -> FakeResponse {
        guard let project = state.repositories[key], let pull = project.pulls[iid] else { return .message(404, "404 Not found") }
        return .json(200, GitLabJSON.mergeRequest(pull, project, &state))
    }

    private static func rawDiffs(key: RepositoryKey, iid: Int, _ state: FakeState) -> FakeResponse {
        guard let pull = state.repositories[key]?.pulls[iid] else { return .message(404, "404 Not found") }
        return .bytes(200, pull.current.raw, contentType: "text/plain; charset=utf-8")
    }
}
