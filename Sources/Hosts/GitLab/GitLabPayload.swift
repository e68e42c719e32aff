/// The parts of a GitLab `Merge Request Hook`, `Note Hook` or `System Hook` body the bot reads.
///
/// Merge request and note hooks share their outer shape and differ in `object_attributes`, so one struct with
/// the union of both attribute sets decodes either in a single pass; `object_kind` then says which it is.
struct GitLabPayload: Decodable {
    struct User: Decodable {
        let username: String?
    }

    struct Project: Decodable {
        let id: Int?
        let pathWithNamespace: String?
        let webURL: String?
        let gitHTTPURL: String?
        let defaultBranch: String?

        enum CodingKeys: String, CodingKey {
            case id
            case pathWithNamespace = "path_with_namespace"
            case webURL = "web_url"
            case gitHTTPURL = "git_http_url"
            case defaultBranch = "default_branch"
        }
    }

    struct Commit: Decodable {
        let id: String?
    }

    struct Position: Decodable {
        let headSHA: String?
        let oldPath: String?
        let newPath: String?
        let oldLine: Int?
        let newLine: Int?

        enum CodingKeys: String, CodingKey {
            case headSHA = "head_sha"
            case oldPath = "old_path"
            case newPath = "new_path"
            case oldLine = "old_line"
            case newLine = "new_line"
        }
    }

    /// Merge request attributes (`iid` ... `last_commit`) and note attributes (`note` ... `position`).
    struct Attributes: Decodable {
        let id: Int?
        let iid: Int?
        let action: String?
        let oldrev: String?
        let title: String?
        let description: String?
        let draft: Bool?
        let workInProgress: Bool?
        let sourceBranch: String?
        let targetBranch: String?
        let lastCommit: Commit?
        let url: String?
        let note: String?
        let noteableType: String?
        let discussionID: String?
        let position: Position?

        enum CodingKeys: String, CodingKey {
            case id, iid, action, oldrev, title, description, draft, url, note, position
            case workInProgress = "work_in_progress"
            case sourceBranch = "source_branch"
            case targetBranch = "target_branch"
            case lastCommit = "last_commit"
            case noteableType = "noteable_type"
            case discussionID = "discussion_id"
        }
    }

    struct MergeRequest: Decodable {
        let iid: Int?
    }

    /// A `changes` entry for a boolean attribute: `{"previous": true, "current": false}`.
    struct BoolChange: Decodable {
        let previous: Bool?
        let current: Bool?
    }

    struct Changes: Decodable {
        let draft: BoolChange?
        let workInProgress: BoolChange?

        enum CodingKeys: String, CodingKey {
            case draft
            case workInProgress = "work_in_progress"
        }
    }

    let objectKind: String?
    let user: User?
    let project: Project?
    let objectAttributes: Attributes?
    let mergeRequest: MergeRequest?
    let changes: Changes?

    enum CodingKeys: String, CodingKey {
        case user, project, changes
        case objectKind = "object_kind"
        case objectAttributes = "object_attributes"
        case mergeRequest = "merge_request"
    }
}
