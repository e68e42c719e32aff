/// Decodes GitHub webhook deliveries (`X-GitHub-Event`) into host-neutral events.
///
/// | event | action | result |
/// |---|---|---|
/// | `pull_request` | `opened`, `synchronize`, `reopened`, `ready_for_review` | ``WebhookEvent/pullRequest(_:)`` (drafts ignored unless ``DecodeOptions/reviewDrafts``) |
/// | `pull_request` | any other | ignored |
/// | `issue_comment` | `created`, `edited`, `deleted`, on a pull request | ``WebhookEvent/comment(_:)`` |
/// | `issue_comment` | on a plain issue | ignored |
/// | `pull_request_review_comment` | `created`, `edited`, `deleted` | ``WebhookEvent/comment(_:)`` with a diff position |
/// | `ping` | | ``WebhookEvent/ping`` |
/// | anything else | | ignored (the body must still be JSON) |
public enum GitHubWebhook {
    static let host = HostKind.github

    /// Decodes a GitHub delivery.
    public static func decode(
        _ delivery: WebhookDelivery, options: DecodeOptions = .default
    ) throws(WebhookDecodingError) -> WebhookEvent {
        guard let event = delivery.eventName else {
            throw .missingEventHeader(WebhookDelivery.eventNameHeaders(for: host), host: host)
        }
        switch event {
        case "pull_request":
            let payload = try PayloadDecoding.decode(GitHubPayload.self, from: delivery.jsonPayload(), host: host)
            return try pullRequest(payload, options: options)
        case "issue_comment", "pull_request_review_comment":
            let payload = try PayloadDecoding.decode(GitHubPayload.self, from: delivery.jsonPayload(), host: host)
            return try comment(payload, event: event)
        case "ping":
            _ = try PayloadDecoding.decode(ActionOnlyPayload.self, from: delivery.jsonPayload(), host: host)
            return .ping
        default:
            let payload = try PayloadDecoding.decode(ActionOnlyPayload.self, from: delivery.jsonPayload(), host: host)
            return .ignored(reason: IgnoreReason.event(event, action: payload.action))
        }
    }

    static func action(_ raw: String) -> PullRequestEvent.Action? {
        switch raw {
        case "opened": .opened
        case "synchronize": .synchronized
        case "reopened": .reopened
        case "ready_for_review": .readyForReview
        default: nil
        }
    }

    private static func pullRequest(
        _ payload: GitHubPayload, options: DecodeOptions
    ) throws(WebhookDecodingError) -> WebhookEvent {
        let rawAction = try payload.action.required("action", host: host)
        guard let action = action(rawAction) else {
            return .ignored(reason: IgnoreReason.event("pull_request", action: rawAction))
        }
        let pr = try payload.pullRequest.required("pull_request", host: host)
        let isDraft = pr.draft ?? false
        if isDraft && !options.reviewDrafts { return .ignored(reason: IgnoreReason.draft) }
        return .pullRequest(try pr.event(
            host: host, action: action, isDraft: isDraft, deliveryNumber: payload.number,
            repository: payload.repository, sender: payload.sender, installationID: payload.installation?.id
        ))
    }

    private static func comment(_ payload: GitHubPayload, event: String) throws(WebhookDecodingError) -> WebhookEvent {
        let rawAction = try payload.action.required("action", host: host)
        guard let action = CommentEvent.Action(rawValue: rawAction) else {
            return .ignored(reason: IgnoreReason.event(event, action: rawAction))
        }
        let number: Int
        if event == "issue_comment" {
            let issue = try payload.issue.required("issue", host: host)
            guard issue.pullRequest != nil else { return .ignored(reason: IgnoreReason.commentOnIssue) }
            number = try issue.number.required("issue.number", host: host)
        } else {
            let pr = try payload.pullRequest.required("pull_request", host: host)
            number = try pr.number.required("pull_request.number", host: host)
        }
        let comment = try payload.comment.required("comment", host: host)
        var position: CommentEvent.DiffPosition?
        if let path = comment.path {
            let side: CommentEvent.Side? = switch comment.side {
            case "LEFT": .old
            case "RIGHT": .new
            default: nil
            }
            position = .init(path: path, line: comment.line, side: side, commitSHA: comment.commitID)
        }
        return .comment(CommentEvent(
            host: host,
            repository: try payload.repository.required("repository", host: host).info(host: host),
            pullRequestNumber: number,
            commentID: try comment.id.required("comment.id", host: host),
            body: comment.body ?? "",
            author: try (comment.user?.login).required("comment.user.login", host: host),
            action: action,
            inReplyToID: comment.inReplyToID,
            reviewID: comment.reviewID,
            position: position,
            htmlURL: comment.htmlURL,
            installationID: payload.installation?.id
        ))
    }
}
