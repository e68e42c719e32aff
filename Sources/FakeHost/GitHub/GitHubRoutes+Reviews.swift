import Foundation

extension GitHubRoutes {
    private static let offDiff =
        "Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank"
    private static let states = ["COMMENT": "COMMENTED", "APPROVE": "APPROVED", "REQUEST_CHANGES": "CHANGES_REQUESTED"]

    /// A review comment as requested, checked against the diff of the review's commit.
    private struct Draft {
        var path: String
        var line: Int
        var side: DiffAnchors.Side
        var body: String
    }

    /// `POST /repos/{o}/{r}/pulls/{n}/reviews`: all or nothing, like GitHub. Any comment off the diff
    /// of `commit_id` (default: the head) fails the whole review with 422 and stores nothing.
    static func createReview(
        _ request: FakeRequest, key: RepositoryKey, number: Int, caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        guard let repo = state.repositories[key], let pull = repo.pulls[number] else { return GitHubErrors.notFound }
        guard let json = request.jsonBody, json.objectMembers != nil else { return GitHubErrors.problemsParsingJSON }
        let commitID = json["commit_id"]?.stringValue ?? pull.current.headSHA
        guard let version = pull.version(headSHA: commitID) else {
            return GitHubErrors.unprocessable(["Commit \(commitID) is not part of the pull request"])
        }
        let event = json["event"]?.stringValue
        if let event, states[event] == nil {
            return GitHubErrors.unprocessable(["Event \"\(event)\" is not one of APPROVE, REQUEST_CHANGES, COMMENT"])
        }
        if let event, event != "COMMENT", caller.login == pull.author {
            return GitHubErrors.unprocessable(["Can not \(event == "APPROVE" ? "approve" : "request changes on") your own pull request"])
        }
        let body = json["body"]?.stringValue ?? ""
        if body.count > GitHubErrors.maxBodyCharacters {
            return GitHubErrors.validationFailed(resource: "PullRequestReview", field: "body", code: "custom",
                message: "body is too long (maximum is \(GitHubErrors.maxBodyCharacters) characters)")
        }
        let drafts: [Draft]
        switch parseDrafts(json["comments"], version: version) {
        case .success(let parsed): drafts = parsed
        case .failure(let rejection): return rejection.response
        }
        if event == "COMMENT" || event == "REQUEST_CHANGES", body.isEmpty, drafts.isEmpty {
            return GitHubErrors.unprocessable(["Body can't be blank when the event is \(event ?? "")"])
        }
        return withPull(key, number, &state) { pull, state in
            let reviewID = state.nextID()
            let comments = drafts.map { draft in
                FakeComment(
                    id: state.nextID(), body: draft.body, author: caller.login, path: draft.path,
                    line: draft.side == .right ? draft.line : nil, oldLine: draft.side == .left ? draft.line : nil,
                    side: draft.side.rawValue, commitID: commitID, reviewID: reviewID,
                    createdOrder: state.nextSequence(), createdAt: request.now
                )
            }
            let review = FakeReview(
                id: reviewID, body: body, state: event.flatMap { states[$0] } ?? "PENDING", commitID: commitID,
                author: caller.login, commentIDs: comments.map(\.id), createdOrder: state.nextSequence(),
                submittedAt: request.now
            )
            pull.inlineComments.append(contentsOf: comments)
            pull.reviews.append(review)
            pull.updatedAt = request.now
            return .json(200, GitHubJSON.review(review, number: number, repo, &state))
        }
    }

    private struct Rejection: Error {
        var response: FakeResponse
    }

    private static func parseDrafts(_ value: JSON?, version: DiffVersion) -> Result<[Draft], Rejection> {
        guard let value, !value.isNull else { return .success([]) }
        guard let items = value.arrayValue else {
            return .failure(Rejection(response: GitHubErrors.validationFailed(resource: "PullRequestReview", field: "comments", code: "invalid")))
        }
        var drafts: [Draft] = []
        for item in items {
            guard let path = item["path"]?.stringValue, let body = item["body"]?.stringValue, !body.isEmpty else {
                return .failure(Rejection(response: GitHubErrors.unprocessable(["Pull request review thread path and body are required"])))
            }
            guard let line = item["line"]?.intValue else {
                let message = item["position"] != nil
                    ? "The fake host supports line/side comments only, not the deprecated position"
                    : "Pull request review thread line can't be blank"
                return .failure(Rejection(response: GitHubErrors.unprocessable([message])))
            }
            guard let side = DiffAnchors.Side(rawValue: item["side"]?.stringValue ?? "RIGHT") else {
                return .failure(Rejection(response: GitHubErrors.unprocessable(["Side must be LEFT or RIGHT"])))
            }
            guard let file = version.file(at: path), DiffAnchors.contains(file, line: line, side: side) else {
                return .failure(Rejection(response: GitHubErrors.unprocessable([offDiff])))
            }
            if let start = item["start_line"]?.intValue, !DiffAnchors.contains(file, line: start, side: side) {
                return .failure(Rejection(response: GitHubErrors.unprocessable([offDiff])))
            }
            drafts.append(Draft(path: path, line: line, side: side, body: body))
        }
        return .success(drafts)
    }
}
