import Hosts

/// How one host's webhook route accepts deliveries.
public struct HostIntakeSettings: Sendable {
    /// The shared secret: the HMAC key for GitHub and Gitea/Forgejo, the `X-Gitlab-Token` value for GitLab.
    public var secret: WebhookSecret?
    /// Accept deliveries without checking a signature when no secret is set. Unsafe: anyone who can reach the
    /// server can then queue reviews. Meant only for a host on a trusted network.
    public var allowUnsigned: Bool
    /// Whether `POST /webhooks/<host>` accepts deliveries at all; a disabled host's route answers 404.
    public var enabled: Bool

    /// Creates a host's settings. `enabled` defaults to "has a secret or opted out of signatures".
    public init(secret: WebhookSecret? = nil, allowUnsigned: Bool = false, enabled: Bool? = nil) {
        let secret = secret.flatMap { $0.isEmpty ? nil : $0 }
        self.secret = secret
        self.allowUnsigned = allowUnsigned
        self.enabled = enabled ?? (secret != nil || allowUnsigned)
    }

    /// A host that accepts nothing.
    public static let disabled = HostIntakeSettings(enabled: false)

    /// Whether deliveries are accepted without a signature check (enabled, unsigned allowed and no secret).
    public var acceptsUnsigned: Bool { enabled && secret == nil && allowUnsigned }
}
