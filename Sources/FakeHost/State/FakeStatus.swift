import Foundation

/// A commit status as posted: `state` in the host's own words (GitLab `running`/`failed`, ...).
public struct FakeStatus: Sendable, Hashable {
    /// The host id.
    public var id: Int
    /// The commit.
    public var sha: String
    /// The state as sent (`pending`, `success`, `failure`, `error`; GitLab `running`, `failed`, `canceled`; Gitea `warning`).
    public var state: String
    /// GitHub/Gitea `context`, GitLab `name`.
    public var context: String
    /// The description, when one was sent.
    public var description: String?
    /// The link, when one was sent.
    public var targetURL: String?
    /// The login that posted it.
    public var author: String
    /// Position in creation order across everything the fake created.
    public var createdOrder: Int
    /// When it was posted.
    public var createdAt: Date
}
