/// The Gitea / Forgejo REST shapes the client reads and writes (field names as the API spells them).
enum GiteaAPI {
    /// A user: `login` in current Gitea and Forgejo, `username` in older Gitea and Gogs (which current
    /// versions still send alongside).
    struct User: Decodable {
        var login: String

        enum CodingKeys: String, CodingKey {
            case login, username
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let login = try container.decodeIfPresent(String.self, forKey: .login), !login.isEmpty {
                self.login = login
            } else {
                self.login = try container.decode(String.self, forKey: .username)
            }
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
        var mergeBase: String?
        var user: User?

        enum CodingKeys: String, CodingKey {
            case title, body, state, draft, head, base, user
            case mergeBase = "merge_base"
        }
    }

    struct Comment: Decodable {
        var id: Int
        var body: String?
        var user: User?
    }

    struct Review: Decodable {
        var id: Int
        var commentsCount: Int?

        enum CodingKeys: String, CodingKey {
            case id
            case commentsCount = "comments_count"
        }
    }

    struct ReviewComment: Decodable {
        var id: Int
        var body: String?
        var path: String
        var position: Int?
        var user: User?
    }

    struct CommentBody: Encodable {
        var body: String
    }

    /// `GET /repos/{o}/{r}/collaborators/{user}/permission` (`RepoCollaboratorPermission`): `permission` is the
    /// access mode, `none`, `read`, `write`, `admin` or `owner`.
    struct CollaboratorPermission: Decodable {
        var permission: String
    }

    struct ReviewRequest: Encodable {
        struct Comment: Encodable {
            var path: String
            var body: String
            var newPosition: Int
            var oldPosition: Int

            enum CodingKeys: String, CodingKey {
                case path, body
                case newPosition = "new_position"
                case oldPosition = "old_position"
            }
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
        var context: String
        var description: String
        var targetURL: String?

        enum CodingKeys: String, CodingKey {
            case state, context, description
            case targetURL = "target_url"
        }
    }
}
