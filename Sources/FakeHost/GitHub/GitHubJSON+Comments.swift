import Foundation

extension GitHubJSON {
    static func issueComment(_ comment: FakeComment, number: Int, _ repo: StoredRepository, _ state: inout FakeState) -> JSON {
        let api = "\(state.origin)/github/repos/\(repo.fullPath)"
        return [
            "url": .string("\(api)/issues/comments/\(comment.id)"),
            "html_url": .string("\(state.origin)/github/\(repo.fullPath)/pull/\(number)#issuecomment-\(comment.id)"),
            "issue_url": .string("\(api)/issues/\(number)"), "id": .int(comment.id),
            "node_id": .string("IC_\(comment.id)"), "user": user(comment.author, &state),
            "created_at": Timestamp.string(comment.createdAt, for: .github),
            "updated_at": Timestamp.string(comment.updatedAt, for: .github),
            "author_association": "NONE", "body": .string(comment.body), "performed_via_github_app": .null,
        ]
    }

    /// A review comment. Like GitHub, `line` and `position` turn null once a later push changed the
    /// file's diff (the comment is outdated); `original_line` keeps the line it was posted on.
    static func reviewComment(
        _ comment: FakeComment, _ pull: StoredPullRequest, _ repo: StoredRepository, _ state: inout FakeState
    ) -> JSON {
        let api = "\(state.origin)/github/repos/\(repo.fullPath)"
        let side = DiffAnchors.Side(rawValue: comment.side ?? "RIGHT") ?? .right
        let anchorLine = (side == .right ? comment.line : comment.oldLine) ?? 0
        let path = comment.path ?? ""
        let current = pull.current
        let onHead = comment.commitID == current.headSHA
        let postedFile = onHead ? current.file(at: path) : comment.commitID.flatMap { pull.version(headSHA: $0) }?.file(at: path)
        let isCurrent = postedFile != nil && (onHead || postedFile == current.file(at: path))
        let originalPosition = postedFile.flatMap { DiffAnchors.position($0, line: anchorLine, side: side) }
        var json: JSON = [
            "url": .string("\(api)/pulls/comments/\(comment.id)"),
            "pull_request_review_id": .int(comment.reviewID), "id": .int(comment.id),
            "node_id": .string("PRRC_\(comment.id)"),
            "diff_hunk": .string(postedFile.map { DiffAnchors.diffHunk($0, line: anchorLine, side: side) } ?? ""),
            "path": .string(path), "position": isCurrent ? .int(originalPosition) : .null,
            "original_position": .int(originalPosition), "commit_id": .string(pull.current.headSHA),
            "original_commit_id": .string(comment.commitID), "user": user(comment.author, &state),
            "body": .string(comment.body), "created_at": Timestamp.string(comment.createdAt, for: .github),
            "updated_at": Timestamp.string(comment.updatedAt, for: .github),
            "html_url": .string("\(state.origin)/github/\(repo.fullPath)/pull/\(pull.number)#discussion_r\(comment.id)"),
            "pull_request_url": .string("\(api)/pulls/\(pull.number)"), "author_association": "NONE",
            "start_line": .null, "original_start_line": .null, "start_side": .null,
            "line": isCurrent ? .int(anchorLine) : .null, "original_line": .int(anchorLine),
            "side": .string(side.rawValue), "subject_type": "line",
        ]
        // GitHub sends `in_reply_to_id` only on replies.
        if let root = comment.inReplyToID { json.set(path: ["in_reply_to_id"], to: .int(root)) }
        return json
    }

    static func review(_ review: FakeReview, number: Int, _ repo: StoredRepository, _ state: inout FakeState) -> JSON {
        [
            "id": .int(review.id), "node_id": .string("PRR_\(review.id)"), "user": user(review.author, &state),
            "body": .string(review.body), "state": .string(review.state),
            "html_url": .string("\(state.origin)/github/\(repo.fullPath)/pull/\(number)#pullrequestreview-\(review.id)"),
            "pull_request_url": .string("\(state.origin)/github/repos/\(repo.fullPath)/pulls/\(number)"),
            "author_association": "NONE",
            "submitted_at": review.state == "PENDING" ? .null : Timestamp.string(review.submittedAt, for: .github),
            "commit_id": .string(review.commitID),
        ]
    }
}
