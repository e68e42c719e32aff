import Foundation

extension GiteaRoutes {
    private static let reviewStates = ["APPROVED": "APPROVED", "REQUEST_CHANGES": "REQUEST_CHANGES", "COMMENT": "COMMENT", "PENDING": "PENDING"]

    /// `GET /repos/{o}/{r}/pulls/{n}/reviews`: paged by `page`/`limit` (default 30, at most 50) with a `Link` header.
    static func listReviews(_ request: FakeRequest, key: RepositoryKey, number: Int, _ state: inout FakeState) -> FakeResponse {
        guard let repo = state.repositories[key], let pull = repo.pulls[number] else { return notFound(request) }
        let pages = Pagination(request, sizeName: "limit", defaultSize: 30, maxSize: 50)
        let items = pages.slice(pull.reviews).map { GiteaJSON.review($0, number: number, repo, &state) }
        var response = FakeResponse.json(200, .array(items)).adding("x-total-count", String(pull.reviews.count))
        if let link = pages.linkHeader(request, total: pull.reviews.count, separator: ",") {
            response = response.adding("link", link)
        }
        return response
    }

    /// `GET /repos/{o}/{r}/pulls/{n}/reviews/{id}/comments`: the review's comments (not paginated).
    static func listReviewComments(
        _ request: FakeRequest, key: RepositoryKey, number: Int, reviewID: Int, _ state: inout FakeState
    ) -> FakeResponse {
        guard let repo = state.repositories[key], let pull = repo.pulls[number],
            pull.reviews.contains(where: { $0.id == reviewID })
        else { return notFound(request) }
        let comments = pull.inlineComments.filter { $0.reviewID == reviewID }
        return .json(200, .array(comments.map { GiteaJSON.reviewComment($0, pull, repo, &state) }))
    }

    /// `POST /repos/{o}/{r}/pulls/{n}/reviews`. A comment line is `-old_position` when `old_position > 0`
    /// (as Gitea reads it), else `new_position`; any comment off the diff fails the review with 422, nothing stored.
    static func createReview(
        _ request: FakeRequest, key: RepositoryKey, number: Int, caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        guard let repo = state.repositories[key], let pull = repo.pulls[number] else { return notFound(request) }
        guard let json = request.jsonBody, json.objectMembers != nil else { return unprocessable(request, "invalid JSON body") }
        let commitID = json["commit_id"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } ?? pull.current.headSHA
        guard let version = pull.version(headSHA: commitID) else {
            return unprocessable(request, "commit \(commitID) is not part of the pull request")
        }
        let event = json["event"]?.stringValue ?? ""
        guard let reviewState = event.isEmpty ? "PENDING" : reviewStates[event] else {
            return unprocessable(request, "unknown review event: \(event)")
        }
        let body = json["body"]?.stringValue ?? ""
        let items = json["comments"]?.arrayValue ?? []
        if (reviewState == "COMMENT" || reviewState == "REQUEST_CHANGES"), body.isEmpty, items.isEmpty {
            return unprocessable(request, "review event \(event) requires a body or a comment")
        }
        if reviewState == "APPROVED" || reviewState == "REQUEST_CHANGES", caller.login == pull.author {
            return unprocessable(request, "\(reviewState == "APPROVED" ? "approve" : "reject") your own pull is not allowed")
        }
        var drafts: [(path: String, body: String, newLine: Int?, oldLine: Int?)] = []
        for item in items {
            guard let path = item["path"]?.stringValue, let text = item["body"]?.stringValue, !text.isEmpty else {
                return unprocessable(request, "review comment needs a path and a body")
            }
            let old = item["old_position"]?.intValue ?? 0
            let new = item["new_position"]?.intValue ?? 0
            let side: DiffAnchors.Side = old > 0 ? .left : .right
            let line = old > 0 ? old : new
            guard line > 0, let file = version.file(at: path), DiffAnchors.contains(file, line: line, side: side) else {
                return unprocessable(request, "line \(line) of \(path) is not part of the diff")
            }
            drafts.append((path, text, side == .right ? line : nil, side == .left ? line : nil))
        }
        return state.withPull(key, number) { pull, state in
            let reviewID = state.nextID()
            let comments = drafts.map { draft in
                FakeComment(
                    id: state.nextID(), body: draft.body, author: caller.login, path: draft.path, line: draft.newLine,
                    oldLine: draft.oldLine, commitID: commitID, reviewID: reviewID, createdOrder: state.nextSequence(),
                    createdAt: request.now
                )
            }
            let review = FakeReview(
                id: reviewID, body: body, state: reviewState, commitID: commitID, author: caller.login,
                commentIDs: comments.map(\.id), createdOrder: state.nextSequence(), submittedAt: request.now
            )
            pull.inlineComments.append(contentsOf: comments)
            pull.reviews.append(review)
            pull.updatedAt = request.now
            return .json(200, GiteaJSON.review(review, number: number, repo, &state))
        } ?? notFound(request)
    }
}
