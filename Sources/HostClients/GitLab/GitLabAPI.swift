/// The GitLab REST shapes the client reads and writes (field names as the API spells them).
enum GitLabAPI {
    struct User: Decodable {
        var username: String
    }

    struct MergeRequest: Decodable {
        struct DiffRefs: Decodable {
            var baseSHA: String?
            var startSHA: String?
            var headSHA: String?

            enum CodingKeys: String, CodingKey {
                case baseSHA = "base_sha"
                case startSHA = "start_sha"
                case headSHA = "head_sha"
            }
        }

        var title: String
        var description: String?
        var state: String
        var draft: Bool?
        var workInProgress: Bool?
        var sourceBranch: String
        var targetBranch: String
        var sha: String?
        var diffRefs: DiffRefs?
        var author: User?

        enum CodingKeys: String, CodingKey {
            case title, description, state, draft, sha, author
            case workInProgress = "work_in_progress"
            case sourceBranch = "source_branch"
            case targetBranch = "target_branch"
            case diffRefs = "diff_refs"
        }
    }

    struct Project: Decodable {
        var defaultBranch: String?

        enum CodingKeys: String, CodingKey {
            case defaultBranch = "default_branch"
        }
    }

    struct Note: Decodable {
        struct Position: Decodable {
            var newPath: String?
            var newLine: Int?

            enum CodingKeys: String, CodingKey {
                case newPath = "new_path"
                case newLine = "new_line"
            }
        }

        var id: Int
        var body: String?
        var author: User?
        var type: String?
        var system: Bool?
        var position: Position?
    }

    struct NoteBody: Encodable {
        var body: String
    }

    /// A thread of notes (`GET .../discussions`); a plain note is a discussion of its own (`individual_note`).
    struct Discussion: Decodable {
        var id: String
        var notes: [Note]
    }

    /// A project member, direct or inherited (`GET /projects/{id}/members/all`).
    struct Member: Decodable {
        var username: String
        var accessLevel: Int
        var state: String?

        enum CodingKeys: String, CodingKey {
            case username, state
            case accessLevel = "access_level"
        }
    }

    struct DiscussionRequest: Encodable {
        struct Position: Encodable {
            var positionType = "text"
            var baseSHA: String
            var startSHA: String
            var headSHA: String
            var oldPath: String
            var newPath: String
            var newLine: Int
            var oldLine: Int?

            enum CodingKeys: String, CodingKey {
                case positionType = "position_type"
                case baseSHA = "base_sha"
                case startSHA = "start_sha"
                case headSHA = "head_sha"
                case oldPath = "old_path"
                case newPath = "new_path"
                case newLine = "new_line"
                case oldLine = "old_line"
            }
        }

        var body: String
        var position: Position
    }

    struct StatusRequest: Encodable {
        var state: String
        var name: String
        var description: String
        var targetURL: String?

        enum CodingKeys: String, CodingKey {
            case state, name, description
            case targetURL = "target_url"
        }
    }
}
