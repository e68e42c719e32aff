import Foundation

/// GitLab response objects with the real field names (docs slices and drone-go-scm fixtures).
enum GitLabJSON {
    static func user(_ login: String, _ state: inout FakeState) -> JSON {
        [
            "id": .int(state.userID(for: login)), "username": .string(login), "name": .string(login),
            "state": "active", "locked": false, "avatar_url": .null,
            "web_url": .string("\(state.origin)/gitlab/\(login)"),
        ]
    }

    static func project(_ project: StoredRepository, _ state: inout FakeState) -> JSON {
        [
            "id": .int(project.id), "description": .null, "name": .string(project.name),
            "name_with_namespace": .string(project.fullPath.replacingOccurrences(of: "/", with: " / ")),
            "path": .string(project.name), "path_with_namespace": .string(project.fullPath),
            "default_branch": .string(project.defaultBranch), "visibility": "private",
            "web_url": .string("\(state.origin)/gitlab/\(project.fullPath)"),
            "namespace": [
                "id": .int(project.id + 500_000), "name": .string(project.owner), "path": .string(project.owner),
                "kind": "group", "full_path": .string(project.owner),
            ],
        ]
    }

    static func mergeRequest(_ pull: StoredPullRequest, _ project: StoredRepository, _ state: inout FakeState) -> JSON {
        let version = pull.current
        let stateName: String =
            switch pull.state {
            case .open: "opened"
            case .closed: "closed"
            case .merged: "merged"
            }
        return [
            "id": .int(pull.id), "iid": .int(pull.number), "project_id": .int(project.id),
            "title": .string(pull.draft ? "Draft: \(pull.title)" : pull.title), "description": .string(pull.body),
            "state": .string(stateName), "created_at": Timestamp.string(pull.createdAt, for: .gitlab),
            "updated_at": Timestamp.string(pull.updatedAt, for: .gitlab),
            "target_branch": .string(pull.baseRef), "source_branch": .string(pull.headRef),
            "author": user(pull.author, &state), "source_project_id": .int(project.id),
            "target_project_id": .int(project.id), "draft": .bool(pull.draft), "work_in_progress": .bool(pull.draft),
            "merge_status": "can_be_merged", "detailed_merge_status": "mergeable", "sha": .string(version.headSHA),
            "user_notes_count": .int(pull.generalComments.count + pull.inlineComments.count),
            "diff_refs": [
                "base_sha": .string(version.baseSHA), "head_sha": .string(version.headSHA),
                "start_sha": .string(version.startSHA),
            ],
            "references": ["full": .string("\(project.fullPath)!\(pull.number)")],
            "web_url": .string("\(state.origin)/gitlab/\(project.fullPath)/-/merge_requests/\(pull.number)"),
        ]
    }

    static func note(_ note: FakeComment, _ pull: StoredPullRequest, _ project: StoredRepository, _ state: inout FakeState) -> JSON {
        var json: JSON = [
            "id": .int(note.id), "type": .string(note.noteType), "body": .string(note.body), "attachment": .null,
            "author": user(note.author, &state), "created_at": Timestamp.string(note.createdAt, for: .gitlab),
            "updated_at": Timestamp.string(note.updatedAt, for: .gitlab), "system": false,
            "noteable_id": .int(pull.id), "noteable_type": "MergeRequest", "project_id": .int(project.id),
            "resolvable": .bool(note.noteType != nil), "confidential": false, "internal": false,
            "noteable_iid": .int(pull.number), "commands_changes": [:],
        ]
        if note.noteType != nil {
            json.set(path: ["resolved"], to: false)
            json.set(path: ["resolved_by"], to: .null)
        }
        if note.noteType == "DiffNote" {
            json.set(
                path: ["position"],
                to: [
                    "base_sha": .string(note.baseSHA), "start_sha": .string(note.startSHA),
                    "head_sha": .string(note.commitID), "old_path": .string(note.oldPath ?? note.path),
                    "new_path": .string(note.path), "position_type": "text", "old_line": .int(note.oldLine),
                    "new_line": .int(note.line), "line_range": .null,
                ]
            )
        }
        return json
    }

    static func status(_ status: FakeStatus, ref: String?, _ state: inout FakeState) -> JSON {
        let finished = ["success", "failed", "canceled"].contains(status.state)
        return [
            "id": .int(status.id), "sha": .string(status.sha), "ref": .string(ref), "status": .string(status.state),
            "name": .string(status.context), "target_url": .string(status.targetURL),
            "description": .string(status.description), "created_at": Timestamp.string(status.createdAt, for: .gitlab),
            "started_at": status.state == "pending" ? .null : Timestamp.string(status.createdAt, for: .gitlab),
            "finished_at": finished ? Timestamp.string(status.createdAt, for: .gitlab) : .null,
            "allow_failure": false, "coverage": .null, "author": user(status.author, &state),
        ]
    }
}
