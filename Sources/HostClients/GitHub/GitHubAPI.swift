/// The GitHub REST shapes the client reads and writes (field names as the API spells them).
enum GitHubAPI {
    struct User: Decodable {
        var login: String
    }

    struct App: Decodable {
        var slug: String
    }

    struct Installation: Decodable {
        var id: Int
    }

    struct InstallationToken: Decodable {
        var token: String
        var expiresAt: String

        enum CodingKeys: String, CodingKey {
            case token
            case expiresAt = "expires_at"
        }
    }

    struct PullRequest: Decodable {
        struct Branch: Decodable {
            var ref: String
            var sha: String
            var repo: Repository?
        }

        struct Repository: Decodable {
            var defaultBranch: String?

            enum CodingKeys: String, CodingKey {
                case defaultBranch = "default_branch"
            }
        }

        var title: String
        var body: String?
        var state: String
        var draft: Bool?
        var head: Branch
        var base: Branch
        var user: User?
    }

    struct IssueComment: Decodable {
        var id: Int
        var body: String?
        var user: User?
    }

    struct ReviewComment: Decodable {
        var id: Int
        var body: String?
        var path: String
        var line: Int?
        var side: String?
        var user: User?
    }

    struct CommentBody: Encodable {
        var body: String
    }

    /// `GET /repos/{o}/{r}/collaborators/{username}/permission`: `permission` is the legacy base role (`admin`,
    /// `write`, `read`, `none`; `maintain` reads as `write`, `triage` as `read`), `role_name` the assigned role
    /// (`maintain`, `triage`, or a custom role's name).
    struct CollaboratorPermission: Decodable {
        var permission: String
        var roleName: String?

        enum CodingKeys: String, CodingKey {
            case permission
            case roleName = "role_name"
        }
    }

    struct ReviewRequest: Encodable {
        struct Comment: Encodable {
            var path: String
            var line: Int
            var side: String
            var body: String
        }

        var commitID: String
        var event: String
        var body: String
        var comments: [Comment]

        enum CodingKeys: String, CodingKey {
            case commitID = "commit_id"
            case event, body, comments
        }
    }

    struct StatusRequest: Encodable {
        var state: String
        var description: String
        var context: String
        var targetURL: String?

        enum CodingKeys: String, CodingKey {
            case state, description, context
            case targetURL = "target_url"
        }
    }
}
