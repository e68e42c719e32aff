/// Decodes Gitea and Forgejo webhook deliveries (`X-Forgejo-Event` / `X-Gitea-Event`) into host-neutral events.
///
/// | event | action | result |
/// |---|---|---|
/// | `pull_request` | `opened`, `synchronized`, `reopened` | ``WebhookEvent/pullRequest(_:)`` (drafts ignored unless ``DecodeOptions/reviewDrafts``) |
/// | `pull_request` | any other (`closed`, `edited`, `assigned`, `label_updated`, ...) | ignored |
/// | `issue_comment` | `created`, `edited`, `deleted`, on a pull request | ``WebhookEvent/comment(_:)`` |
/// | `issue_comment` | on a plain issue | ignored |
/// | `pull_request_comment`, `pull_request_approved`, `pull_request_rejected` | | ignored: these are reviews (action `reviewed`), not comments with an id |
/// | anything else | | ignored (the body must still be JSON) |
///
/// Gitea sends comments on a pull request's conversation as `X-Gitea-Event: issue_comment`
/// (`X-Gitea-Event-Type: pull_request_comment`); the payload's `issue.pull_request` or `is_pull` tells them apart.
/// Payloads without a `draft` field (before Gitea 1.22) count a title starting with `WIP:` or `[WIP]`
/// (Gitea's default work-in-progress prefixes) as a draft.
public enum GiteaWebhook {
    static let host = HostKind.gitea

    /// Gitea's default `WORK_IN_PROGRESS_PREFIXES`, compared case-insensitively.
    static let workInProgressPrefixes = ["wip:", "[wip]"]

    /// Decodes a Gitea or Forgejo delivery.
    public static func decode(
        _ delivery: WebhookDelivery, options: DecodeOptions = .default
    ) throws(WebhookDecodingError) -> WebhookEvent {
        guard let event = delivery.eventName else {
            throw .missingEventHeader(WebhookDelivery.eventNameHeaders(for: host), host: host)
        }
        switch event {
        case "pull_request":
            let payload = try PayloadDecoding.decode(GiteaPayload.self, from: delivery.jsonPayload(), host: host)
            return try pullRequest(payload, options: options)
        case "issue_comment":
            let payload = try PayloadDecoding.decode(GiteaPayload.self, from: delivery.jsonPayload(), host: host)
            return try comment(payload)
        default:
            let payload = try PayloadDecoding.decode(ActionOnlyPayload.self, from: delivery.jsonPayload(), host: host)
            return .ignored(reason: IgnoreReason.event(event, action: payload.action))
        }
    }

    static func action(_ raw: String) -> PullRequestEvent.Action? {
        switch raw {
        case "opened": .opened
        case "synchronized": .synchronized
        case "reopened": .reopened
        default: nil
        }
    }

    static func isWorkInProgress(title: String) -> Bool {
        let lowered = title.lowercased()
        return workInProgressPrefixes.contains { lowered.hasPrefix($0) }
    }

    private static func pullRequest(
        _ payload: GiteaPayload, options: DecodeOptions
    ) throws(WebhookDecodingError) -> WebhookEvent {
        let rawAction = try payload.action.required("action", host: host)
        guard let action = action(rawAction) else {
            return .ignored(reason: IgnoreReason.event("pull_request", action: rawAction))
        }
        let pr = try payload.pullRequest.required("pull_request", host: host)
        let title = pr.title ?? ""
        let isDraft = pr.draft ?? isWorkInProgress(title: title)
        if isDraft && !options.reviewDrafts { return .ignored(reason: IgnoreReason.draft) }
        return .pullRequest(try pr.event(
            host: host, action: action, isDraft: isDraft, deliveryNumber: payload.number,
            repository: payload.repository, sender: payload.sender, installationID: nil
        ))
    }

    private static func comment(_ payload: GiteaPayload) throws(WebhookDecodingError) -> WebhookEvent {
        let rawAction = try payload.action.required("action", host: host)
        guard let action = CommentEvent.Action(rawValue: rawAction) else {
            return .ignored(reason: IgnoreReason.event("issue_comment", action: rawAction))
        }
        let issue = try payload.issue.required("issue", host: host)
        guard issue.pullRequest != nil || payload.isPull == true else {
            return .ignored(reason: IgnoreReason.commentOnIssue)
        }
        let comment = try payload.comment.required("comment", host: host)
        return .comment(CommentEvent(
            host: host,
            repository: try payload.repository.required("repository", host: host).info(host: host),
            pullRequestNumber: try issue.number.required("issue.number", host: host),
            commentID: try comment.id.required("comment.id", host: host),
            body: comment.body ?? "",
            author: try (comment.user?.name).required("comment.user.login", host: host),
            action: action,
            htmlURL: comment.htmlURL
        ))
    }
}
