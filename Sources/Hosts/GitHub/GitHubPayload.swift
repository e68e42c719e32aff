/// The parts of a GitHub webhook body the bot reads, for the `pull_request`, `issue_comment` and
/// `pull_request_review_comment` events. Every field is optional here; the decoder checks the ones an event
/// needs, so an ignored action never fails on a field the bot does not use.
struct GitHubPayload: Decodable {
    struct User: Decodable {
        let login: String?
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

    /// Present on an issue only when the issue is a pull request; its content is not needed.
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
        let path: String?
        let line: Int?
        let side: String?
        let commitID: String?
        let inReplyToID: Int?
        let reviewID: Int?

        enum CodingKeys: String, CodingKey {
            case id, body, user, path, line, side
            case htmlURL = "html_url"
            case commitID = "commit_id"
            case inReplyToID = "in_reply_to_id"
            case reviewID = "pull_request_review_id"
        }
    }

    struct Installation: Decodable {
        let id: Int?
    }

    let action: String?
    let number: Int?
    let pullRequest: PullRequest?
    let issue: Issue?
    let comment: Comment?
    let repository: Repository?
    let installation: Installation?
    let sender: User?

    enum CodingKeys: String, CodingKey {
        case action, number, issue, comment, repository, installation, sender
        case pullRequest = "pull_request"
    }
}
