import Foundation
import ReviewCore

/// Gitea response objects with the field names of the Gitea 1.27 swagger (conformance gitea/api).
enum GiteaJSON {
    static func user(_ login: String, _ state: inout FakeState) -> JSON {
        [
            "id": .int(state.userID(for: login)), "login": .string(login), "login_name": "", "source_id": 0,
            "full_name": .string(login), "email": .string("\(login)@noreply.localhost"),
            "avatar_url": .string("\(state.origin)/gitea/avatars/\(login)"),
            "html_url": .string("\(state.origin)/gitea/\(login)"), "language": "", "is_admin": false,
            "restricted": false, "active": true, "prohibit_login": false, "visibility": "public",
        ]
    }

    static func repository(_ repo: StoredRepository, _ state: inout FakeState) -> JSON {
        [
            "id": .int(repo.id), "owner": user(repo.owner, &state), "name": .string(repo.name),
            "full_name": .string(repo.fullPath), "private": false, "fork": false, "empty": false,
            "html_url": .string("\(state.origin)/gitea/\(repo.fullPath)"),
            "url": .string("\(state.origin)/gitea/api/v1/repos/\(repo.fullPath)"),
            "default_branch": .string(repo.defaultBranch),
        ]
    }

    static func pullRequest(_ pull: StoredPullRequest, _ repo: StoredRepository, _ state: inout FakeState) -> JSON {
        let web = "\(state.origin)/gitea/\(repo.fullPath)/pulls/\(pull.number)"
        let repoJSON = repository(repo, &state)
        let diff = pull.current.parsed
        let closed = pull.state != .open
        let branch: (String, String) -> JSON = { ref, sha in
            ["label": .string(ref), "ref": .string(ref), "sha": .string(sha), "repo_id": .int(repo.id), "repo": repoJSON]
        }
        return [
            "id": .int(pull.id), "url": .string(web), "number": .int(pull.number), "user": user(pull.author, &state),
            "title": .string(pull.title), "body": .string(pull.body), "labels": [], "milestone": .null,
            "assignee": .null, "assignees": .null, "requested_reviewers": .null,
            "state": closed ? "closed" : "open", "draft": .bool(pull.draft), "is_locked": false,
            "comments": .int(pull.generalComments.count), "review_comments": .int(pull.inlineComments.count),
            "additions": .int(diff.files.reduce(0) { $0 + $1.addedLines.count }),
            "deletions": .int(removedLines(diff)),
            "changed_files": .int(diff.files.count), "html_url": .string(web), "diff_url": .string(web + ".diff"),
            "patch_url": .string(web + ".patch"), "mergeable": .bool(!closed), "merged": .bool(pull.state == .merged),
            "merged_at": pull.state == .merged ? Timestamp.string(pull.updatedAt, for: .gitea) : .null,
            "merge_commit_sha": .null, "merged_by": .null, "allow_maintainer_edit": false,
            "base": branch(pull.baseRef, pull.current.baseSHA), "head": branch(pull.headRef, pull.current.headSHA),
            "merge_base": .string(pull.current.baseSHA), "due_date": .null,
            "created_at": Timestamp.string(pull.createdAt, for: .gitea),
            "updated_at": Timestamp.string(pull.updatedAt, for: .gitea),
            "closed_at": closed ? Timestamp.string(pull.updatedAt, for: .gitea) : .null,
        ]
    }

    private static func removedLines(_ diff: UnifiedDiff) -> Int {
        var count = 0
        for file in diff.files {
            for hunk in file.hunks { count += hunk.lines.filter { $0.kind == .removed }.count }
        }
        return count
    }

    static func comment(_ comment: FakeComment, number: Int, _ repo: StoredRepository, _ state: inout FakeState) -> JSON {
        let web = "\(state.origin)/gitea/\(repo.fullPath)/pulls/\(number)"
        return [
            "id": .int(comment.id), "html_url": .string("\(web)#issuecomment-\(comment.id)"),
            "pull_request_url": .string(web), "issue_url": "", "user": user(comment.author, &state),
            "original_author": "", "original_author_id": 0, "body": .string(comment.body), "assets": [],
            "created_at": Timestamp.string(comment.createdAt, for: .gitea),
            "updated_at": Timestamp.string(comment.updatedAt, for: .gitea),
        ]
    }

    static func review(_ review: FakeReview, number: Int, _ repo: StoredRepository, _ state: inout FakeState) -> JSON {
        let web = "\(state.origin)/gitea/\(repo.fullPath)/pulls/\(number)"
        return [
            "id": .int(review.id), "user": user(review.author, &state), "team": .null, "state": .string(review.state),
            "body": .string(review.body), "commit_id": .string(review.commitID), "stale": false, "official": false,
            "dismissed": false, "comments_count": .int(review.commentIDs.count),
            "submitted_at": Timestamp.string(review.submittedAt, for: .gitea),
            "updated_at": Timestamp.string(review.submittedAt, for: .gitea),
            "html_url": .string("\(web)#issuecomment-\(review.id)"), "pull_request_url": .string(web),
        ]
    }

    /// A review comment: `position` is the new-side line, `original_position` the old-side one.
    static func reviewComment(_ comment: FakeComment, _ pull: StoredPullRequest, _ repo: StoredRepository, _ state: inout FakeState) -> JSON {
        let web = "\(state.origin)/gitea/\(repo.fullPath)/pulls/\(pull.number)"
        let side: DiffAnchors.Side = comment.line != nil ? .right : .left
        let line = comment.line ?? comment.oldLine ?? 0
        let file = comment.commitID.flatMap { pull.version(headSHA: $0) }?.file(at: comment.path ?? "")
        return [
            "id": .int(comment.id), "body": .string(comment.body), "user": user(comment.author, &state),
            "resolver": .null, "pull_request_review_id": .int(comment.reviewID), "path": .string(comment.path),
            "commit_id": .string(comment.commitID), "original_commit_id": .string(comment.commitID),
            "diff_hunk": .string(file.map { DiffAnchors.diffHunk($0, line: line, side: side) } ?? ""),
            "position": .int(comment.line ?? 0), "original_position": .int(comment.oldLine ?? 0),
            "html_url": .string("\(web)#issuecomment-\(comment.id)"), "pull_request_url": .string(web),
            "created_at": Timestamp.string(comment.createdAt, for: .gitea),
            "updated_at": Timestamp.string(comment.updatedAt, for: .gitea),
        ]
    }

    static func status(_ status: FakeStatus, _ repo: StoredRepository, _ state: inout FakeState) -> JSON {
        [
            "id": .int(status.id), "status": .string(status.state), "target_url": .string(status.targetURL ?? ""),
            "description": .string(status.description ?? ""),
            "url": .string("\(state.origin)/gitea/api/v1/repos/\(repo.fullPath)/statuses/\(status.sha)"),
            "context": .string(status.context), "creator": user(status.author, &state),
            "created_at": Timestamp.string(status.createdAt, for: .gitea),
            "updated_at": Timestamp.string(status.createdAt, for: .gitea),
        ]
    }
}
