/// The parts of a Gitea/Forgejo `pull_request` or `issue_comment` body the bot reads. Gitea users carry both
/// `login` and `username` (older Gogs-era payloads only one of them), so both are read.
struct GiteaPayload: Decodable {
    typealias User = GitHubStyle.User
    typealias Repository = GitHubStyle.Repository
    typealias PullRequest = GitHubStyle.PullRequest
    typealias Issue = GitHubStyle.Issue
    typealias Comment = GitHubStyle.Comment

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
