/// The kind of code host that sent a webhook delivery.
///
/// Forgejo is a fork of Gitea that sends the same payloads; it is decoded as ``gitea`` and recognised by its
/// `X-Forgejo-*` headers (see ``WebhookDelivery/isForgejo``).
public enum HostKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// GitHub.com, GitHub Enterprise Server, and GitHub Apps.
    case github
    /// GitLab.com and self-managed GitLab.
    case gitlab
    /// Gitea and Forgejo.
    case gitea
}

extension HostKind {
    /// Guesses the host from the delivery headers, for a receiver that serves every host on one route.
    ///
    /// Gitea and Forgejo also send `X-GitHub-Event` copies, so their own headers are checked first.
    /// - Returns: `nil` when no known event header is present.
    public static func detect(from headers: WebhookHeaders) -> HostKind? {
        if headers["X-Forgejo-Event"] != nil || headers["X-Gitea-Event"] != nil || headers["X-Gogs-Event"] != nil {
            return .gitea
        }
        if headers["X-Gitlab-Event"] != nil { return .gitlab }
        if headers["X-GitHub-Event"] != nil { return .github }
        return nil
    }
}
