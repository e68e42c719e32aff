import Foundation

/// One HTTP request from a code host: which host, its headers and the raw body, before any decoding.
public struct WebhookDelivery: Sendable, Hashable {
    /// The host the route belongs to (`POST /webhooks/<host>`).
    public var host: HostKind
    /// The request headers.
    public var headers: WebhookHeaders
    /// The raw request body, exactly as received (signatures are computed over these bytes).
    public var body: Data

    /// Creates a delivery.
    public init(host: HostKind, headers: WebhookHeaders, body: Data) {
        self.host = host
        self.headers = headers
        self.body = body
    }

    /// Headers that carry the delivery id, most specific first.
    ///
    /// - GitHub: `X-GitHub-Delivery` (a GUID, kept on redelivery).
    /// - GitLab: `Idempotency-Key` (GitLab ≥ 17.4, kept across retries), else `X-Gitlab-Event-UUID` (≥ 14.8; one
    ///   per triggering event, shared by recursive hooks). `X-Gitlab-Webhook-UUID` names the hook, not the
    ///   delivery, so it is never used.
    /// - Gitea/Forgejo: `X-Forgejo-Delivery`, `X-Gitea-Delivery`, `X-Gogs-Delivery`, then the `X-GitHub-Delivery`
    ///   copy; all carry the same UUID.
    public static func deliveryIDHeaders(for host: HostKind) -> [String] {
        switch host {
        case .github: ["X-GitHub-Delivery"]
        case .gitlab: ["Idempotency-Key", "X-Gitlab-Event-UUID"]
        case .gitea: ["X-Forgejo-Delivery", "X-Gitea-Delivery", "X-Gogs-Delivery", "X-GitHub-Delivery"]
        }
    }

    /// Headers that name the event, most specific first.
    ///
    /// Gitea and Forgejo send the same value in each of theirs; `X-Gitea-Event-Type` (fine-grained, e.g.
    /// `pull_request_sync`) is not used because the payload's `action` says the same.
    public static func eventNameHeaders(for host: HostKind) -> [String] {
        switch host {
        case .github: ["X-GitHub-Event"]
        case .gitlab: ["X-Gitlab-Event"]
        case .gitea: ["X-Forgejo-Event", "X-Gitea-Event", "X-Gogs-Event", "X-GitHub-Event"]
        }
    }

    /// The id that makes a redelivery harmless (the job queue's idempotency key); `nil` when the host sent none,
    /// in which case the caller decides (for example, refuse, or derive one from the body's hash).
    public var deliveryID: String? {
        headers.first(of: Self.deliveryIDHeaders(for: host))
    }

    /// The event name from the host's event header (`pull_request`, `Merge Request Hook`, ...), if present.
    public var eventName: String? {
        headers.first(of: Self.eventNameHeaders(for: host))
    }

    /// Whether a Gitea-compatible delivery came from Forgejo.
    public var isForgejo: Bool {
        host == .gitea && headers.first(of: ["X-Forgejo-Event", "X-Forgejo-Delivery"]) != nil
    }
}
