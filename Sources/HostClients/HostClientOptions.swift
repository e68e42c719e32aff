import Hosts

/// Per-host tuning of an adapter; ``defaults(for:)`` gives each host's defaults.
public struct HostClientOptions: Sendable {
    /// Inline comments per GitHub review (GitHub's practical limit is 30).
    public var reviewBatchSize: Int
    /// Items per page of list calls (GitHub and GitLab allow 100; Gitea's default maximum is 50).
    public var pageSize: Int
    /// The review body of the GitHub and Gitea reviews that carry inline comments.
    public var reviewBody: String
    /// Deadline, retries, rate-limit waits, pacing and metrics.
    public var http: HostHTTPConfiguration

    /// Creates options.
    public init(reviewBatchSize: Int = 30, pageSize: Int = 100, reviewBody: String = "", http: HostHTTPConfiguration) {
        self.reviewBatchSize = max(1, reviewBatchSize)
        self.pageSize = max(1, pageSize)
        self.reviewBody = reviewBody
        self.http = http
    }

    /// The longest rate-limit wait sat out before failing with ``HostAPIError/Kind/rateLimited``.
    public var maxRateLimitWait: Duration {
        get { http.retry.maxRateLimitWait }
        set { http.retry.maxRateLimitWait = newValue }
    }

    /// The budget of content-creating requests; `nil` for none.
    public var pacing: PacingBudget? {
        get { http.pacing }
        set { http.pacing = newValue }
    }

    /// GitHub: reviews of 30, pages of 100, 80 content-creating requests a minute.
    public static var github: HostClientOptions {
        HostClientOptions(reviewBatchSize: 30, pageSize: 100, http: HostHTTPConfiguration(pacing: .perMinute(80)))
    }

    /// GitLab: pages of 100, unpaced.
    public static var gitlab: HostClientOptions {
        HostClientOptions(pageSize: 100, http: HostHTTPConfiguration())
    }

    /// Gitea and Forgejo: pages of 50, unpaced.
    public static var gitea: HostClientOptions {
        HostClientOptions(pageSize: 50, http: HostHTTPConfiguration())
    }

    /// The defaults of `kind`.
    public static func defaults(for kind: HostKind) -> HostClientOptions {
        switch kind {
        case .github: github
        case .gitlab: gitlab
        case .gitea: gitea
        }
    }
}
