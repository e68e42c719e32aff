/// What a webhook delivery means to the bot, whatever host sent it.
///
/// The server maps it to a response: ``pullRequest(_:)`` and ``comment(_:)`` are enqueued and answered 202,
/// ``ping`` gets 200, ``ignored(reason:)`` gets 202 and is logged with its reason.
public enum WebhookEvent: Sendable, Hashable, Codable {
    /// A pull request to review at its head commit.
    case pullRequest(PullRequestEvent)
    /// A comment on a pull request, for the comment handler.
    case comment(CommentEvent)
    /// A connectivity check (GitHub `ping`).
    case ping
    /// A valid delivery that does not matter to the bot, with a short reason for the log.
    case ignored(reason: String)
}
