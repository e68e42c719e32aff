import Foundation
import ReviewCore

/// GitHub response objects with the real field names (see conformance github/api and the
/// drone-go-scm fixtures). Only fields a client could plausibly read are filled.
enum GitHubJSON {
    static func user(_ login: String, _ state: inout FakeState) -> JSON {
        let id = state.userID(for: login)
        return [
            "login": .string(login), "id": .int(id), "node_id": .string("U_\(id)"),
            "url": .string("\(state.origin)/github/users/\(login)"),
            "type": login.hasSuffix("[bot]") ? "Bot" : "User", "site_admin": false,
        ]
    }

    static func repository(_ repo: StoredRepository, _ state: inout FakeState) -> JSON {
        [
            "id": .int(repo.id), "node_id": .string("R_\(repo.id)"), "name": .string(repo.name),
            "full_name": .string(repo.fullPath), "private": false, "owner": user(repo.owner, &state),
            "html_url": .string("\(state.origin)/github/\(repo.fullPath)"),
            "url": .string("\(state.origin)/github/repos/\(repo.fullPath)"),
            "default_branch": .string(repo.defaultBranch),
        ]
    }

    static func pullRequest(_ pull: StoredPullRequest, _ repo: StoredRepository, _ state: inout FakeState) -> JSON {
        let api = "\(state.origin)/github/repos/\(repo.fullPath)"
        let repoJSON = repository(repo, &state)
        let owner = user(repo.owner, &state)
        let diff = pull.current.parsed
        let closed = pull.state != .open
        return [
            "url": .string("\(api)/pulls/\(pull.number)"), "id": .int(pull.id), "node_id": .string("PR_\(pull.id)"),
            "html_url": .string("\(state.origin)/github/\(repo.fullPath)/pull/\(pull.number)"),
            "diff_url": .string("\(state.origin)/github/\(repo.fullPath)/pull/\(pull.number).diff"),
            "number": .int(pull.number), "state": closed ? "closed" : "open", "locked": false,
            "title": .string(pull.title), "user": user(pull.author, &state),
            "body": pull.body.isEmpty ? .null : .string(pull.body),
            "created_at": Timestamp.string(pull.createdAt, for: .github),
            "updated_at": Timestamp.string(pull.updatedAt, for: .github),
            "closed_at": closed ? Timestamp.string(pull.updatedAt, for: .github) : .null,
            "merged_at": pull.state == .merged ? Timestamp.string(pull.updatedAt, for: .github) : .null,
            "draft": .bool(pull.draft), "merged": .bool(pull.state == .merged),
            "head": [
                "label": .string("\(repo.owner):\(pull.headRef)"), "ref": .string(pull.headRef),
                "sha": .string(pull.current.headSHA), "user": owner, "repo": repoJSON,
            ],
            "base": [
                "label": .string("\(repo.owner):\(pull.baseRef)"), "ref": .string(pull.baseRef),
                "sha": .string(pull.current.baseSHA), "user": owner, "repo": repoJSON,
            ],
            "author_association": "CONTRIBUTOR",
            "comments": .int(pull.generalComments.count), "review_comments": .int(pull.inlineComments.count),
            "commits": .int(pull.versions.count),
            "additions": .int(diff.files.reduce(0) { $0 + $1.addedLines.count }),
            "deletions": .int(diff.files.reduce(0) { $0 + removedCount($1) }),
            "changed_files": .int(diff.files.count),
        ]
    }

    static func status(_ status: FakeStatus, _ repo: StoredRepository, _ state: inout FakeState) -> JSON {
        [
            "url": .string("\(state.origin)/github/repos/\(repo.fullPath)/statuses/\(status.sha)"),
            "avatar_url": .null, "id": .int(status.id), "node_id": .string("SC_\(status.id)"),
            "state": .string(status.state), "description": .string(status.description),
            "target_url": .string(status.targetURL), "context": .string(status.context),
            "created_at": Timestamp.string(status.createdAt, for: .github),
            "updated_at": Timestamp.string(status.createdAt, for: .github),
            "creator": user(status.author, &state),
        ]
    }

    private static func removedCount(_ file: FileDiff) -> Int {
        file.hunks.reduce(0) { total, hunk in total + hunk.lines.filter { $0.kind == .removed }.count }
    }
}
