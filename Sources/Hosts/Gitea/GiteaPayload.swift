/// The parts of a Gitea/Forgejo `pull_request` or `issue_comment` body the bot reads. Gitea users carry both
/// `login` and `username` (older Gogs-era payloads only one of them), so both are read.
struct GiteaPayload: Decodable {
    struct User: Decodable {
        let login: String?
        let username: String?

        var name: String? {
            if let login, !login.isEmpty { return login }
            return username
        }
    }

    struct Repository: Decodable {
        let id: Int?
        let name: String?
        let fullName: String?
        let owner: User?
        let cloneURL: String?
        let htmlURL: String?
        let defaultBranch: String?

        enum CodingKeys: String, CodingKey {
            case id, name, owner
            case fullName = "full_name"
            case cloneURL = "clone_url"
            case htmlURL = "html_url"
            case defaultBranch = "default_branch"
        }
    }

    struct Branch: Decodable {
        let ref: String?
        let sha: String?
    }

    struct PullRequest: Decodable {
        let number: Int?
        let title: String?
        let body: String?
        let user: User?
        let head: Branch?
        let base: Branch?
        let draft: Bool?
        let htmlURL: String?

        enum CodingKeys: String, CodingKey {
            case number, title, body, user, head, base, draft
            case htmlURL = "html_url"
        }
    }

    /// Present (`{"merged": false, ...}`) when the issue is a pull request; its content is not needed.
    struct IssuePullRequestLink: Decodable {
        /// Requires an object, so a stray `false` or string does not count as a link.
        init(from decoder: any Decoder) throws {
            _ = try decoder.container(keyedBy: AnyKey.self)
        }
    }

    struct Issue: Decodable {
        let number: Int?
        let pullRequest: IssuePullRequestLink?

        enum CodingKeys: String, CodingKey {
            case number
            case pullRequest = "pull_request"
        }
    }

    struct Comment: Decodable {
        let id: Int?
        let body: String?
        let user: User?
        let htmlURL: String?

        enum CodingKeys: String, CodingKey {
            case id, body, user
            case htmlURL = "html_url"
        }
    }

    let action: String?
    let number: Int?
    let pullRequest: PullRequest?
    let issue: Issue?
    let isPull: Bool?
    let comment: Comment?
    let repository: Repository?
    let sender: User?

    enum CodingKeys: String, CodingKey {
        case action, number, issue, comment, repository, sender
        case pullRequest = "pull_request"
        case isPull = "is_pull"
    }
}
