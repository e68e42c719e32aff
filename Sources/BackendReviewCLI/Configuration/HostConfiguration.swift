import Foundation
import Hosts

/// One host's settings: how its webhooks are verified and how the bot talks to its API.
struct HostConfiguration: Sendable {
    /// A GitHub App: its id and private key (RS256), used instead of a token to get installation tokens.
    struct GitHubApp: Sendable {
        var appID: Int
        var privateKey: Secret
    }

    let host: HostKind
    /// Whether the webhook route accepts deliveries; by default, when a secret is set or signatures are waived.
    var enabled = false
    /// Accept unsigned deliveries when no secret is set. Unsafe.
    var allowUnsigned = false
    /// The webhook secret (GitLab: the secret token).
    var webhookSecret: WebhookSecret?
    /// The API token; without it (and without an App on GitHub) reviews are queued but cannot be published.
    var token: Secret?
    /// The API base URL; `nil` only for Gitea/Forgejo, which have no public default.
    var apiURL: URL?
    /// GitHub only.
    var app: GitHubApp?
    /// Content-creating requests (POST, PATCH, PUT) allowed per minute; 0: unpaced. GitHub's secondary limit is 80.
    var writesPerMinute: Int

    init(host: HostKind) {
        self.host = host
        apiURL = Self.defaultAPIURL(for: host)
        writesPerMinute = host == .github ? 80 : 0
    }

    /// `https://api.github.com`, `https://gitlab.com/api/v4`; Gitea and Forgejo are self-hosted, so none.
    static func defaultAPIURL(for host: HostKind) -> URL? {
        switch host {
        case .github: URL(string: "https://api.github.com")
        case .gitlab: URL(string: "https://gitlab.com/api/v4")
        case .gitea: nil
        }
    }

    /// Whether the bot can publish reviews on this host.
    var canPublish: Bool { (token != nil || app != nil) && apiURL != nil }
}
