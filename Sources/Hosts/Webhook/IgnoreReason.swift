/// The reasons given with ``WebhookEvent/ignored(reason:)``, worded the same for every host.
enum IgnoreReason {
    static let draft = "draft pull request (set reviewDrafts to review drafts)"
    static let commentOnIssue = "comment on an issue, not a pull request"

    static func event(_ event: String, action: String?) -> String {
        if let action { return "event '\(event)' with action '\(action)' does not concern the bot" }
        return "event '\(event)' does not concern the bot"
    }
}
