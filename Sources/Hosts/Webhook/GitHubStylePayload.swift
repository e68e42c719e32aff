/// Webhook objects whose shape Gitea and Forgejo copied from GitHub: users, repositories, branches,
/// pull requests, issues and comments. Both hosts' payloads decode into these; fields one host lacks
/// simply stay nil. Every field is optional; each decoder checks the ones an event needs.
enum GitHubStyle {
    /// Gitea users carry both `login` and `username` (older Gogs-era payloads only one of them).
    struct User: Decodable {
        let login: String?
        let username: String?

        /// The account name: `login`, else `username`.
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

    /// A conversation comment, or (GitHub) a review comment with its diff position.
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
}

extension GitHubStyle.Repository {
    /// The neutral repository; the name and owner fall back to the parts of `full_name`.
    func info(host: HostKind) throws(WebhookDecodingError) -> RepositoryInfo {
        let fullPath = try fullName.required("repository.full_name", host: host)
        let owner = try (self.owner?.name ?? RepositoryPath.owner(of: fullPath))
            .required("repository.owner.login", host: host)
        return RepositoryInfo(
            id: id, owner: owner, name: name ?? RepositoryPath.name(of: fullPath), fullPath: fullPath,
            cloneURL: cloneURL, webURL: htmlURL, defaultBranch: defaultBranch
        )
    }
}

extension GitHubStyle.PullRequest {
    /// The neutral event for a pull-request delivery whose action is mapped and draft state decided;
    /// GitHub and Gitea differ only in those two decisions.
    func event(
        host: HostKind, action: PullRequestEvent.Action, isDraft: Bool, deliveryNumber: Int?,
        repository: GitHubStyle.Repository?, sender: GitHubStyle.User?, installationID: Int?
    ) throws(WebhookDecodingError) -> PullRequestEvent {
        let head = try self.head.required("pull_request.head", host: host)
        let base = try self.base.required("pull_request.base", host: host)
        return PullRequestEvent(
            host: host,
            repository: try repository.required("repository", host: host).info(host: host),
            number: try (deliveryNumber ?? number).required("pull_request.number", host: host),
            title: title ?? "",
            body: body ?? "",
            author: user?.name,
            sender: sender?.name,
            action: action,
            head: .init(
                ref: try head.ref.required("pull_request.head.ref", host: host),
                sha: try head.sha.required("pull_request.head.sha", host: host)
            ),
            base: .init(
                ref: try base.ref.required("pull_request.base.ref", host: host),
                sha: try base.sha.required("pull_request.base.sha", host: host)
            ),
            isDraft: isDraft,
            htmlURL: htmlURL,
            installationID: installationID
        )
    }
}
