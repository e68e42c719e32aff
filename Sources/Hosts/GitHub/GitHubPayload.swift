/// The parts of a GitHub webhook body the bot reads, for the `pull_request`, `issue_comment` and
/// `pull_request_review_comment` events. Every field is optional here; the decoder checks the ones an event
/// needs, so an ignored action never fails on a field the bot does not use.
struct GitHubPayload: Decodable {
    typealias User = GitHubStyle.User
    typealias Repository = GitHubStyle.Repository
    typealias PullRequest = GitHubStyle.PullRequest
    typealias Issue = GitHubStyle.Issue
    typealias Comment = GitHubStyle.Comment

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
