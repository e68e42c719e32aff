import AsyncHTTPClient
import Foundation
import HostClients
import Hosts

/// Shared values of the adapter tests.
enum TestSupport {
    /// A token that must appear in the auth header and nowhere in logs or errors.
    static let token = "tok-SECRET-4f1d9c"

    static let githubRepo = RepositoryInfo(
        id: 1296269, owner: "octocat", name: "Hello-World", fullPath: "octocat/Hello-World",
        cloneURL: nil, webURL: nil, defaultBranch: "main"
    )
    static let gitlabRepo = RepositoryInfo(
        id: 32732, owner: "group/sub", name: "repo", fullPath: "group/sub/repo", cloneURL: nil, webURL: nil,
        defaultBranch: nil
    )
    static let giteaRepo = RepositoryInfo(
        id: 6589, owner: "jcitizen", name: "my-repo", fullPath: "jcitizen/my-repo", cloneURL: nil, webURL: nil,
        defaultBranch: nil
    )

    static func ref(_ repository: RepositoryInfo, host: HostKind, number: Int = 1) -> PullRequestRef {
        PullRequestRef(host: host, repository: repository, number: number)
    }

    /// The host's defaults with retries fast enough for tests and no pacing unless asked for.
    static func options(
        _ kind: HostKind, pacing: PacingBudget? = nil, maxAttempts: Int = 4, maxRateLimitWait: Duration = .seconds(5),
        requestTimeout: Duration = .seconds(20), metrics: CountingMetrics? = nil
    ) -> HostClientOptions {
        var options = HostClientOptions.defaults(for: kind)
        options.http.retry = HostRetryPolicy(
            maxAttempts: maxAttempts, initialBackoff: .milliseconds(10), maxBackoff: .milliseconds(50),
            maxRateLimitWait: maxRateLimitWait
        )
        options.http.requestTimeout = requestTimeout
        options.http.pacing = pacing
        options.http.metricsFactory = metrics
        return options
    }

    static var http: HTTPClient { HTTPClient.shared }

    static func snapshot(head: String = "headsha1", base: String = "basesha1", start: String? = nil) -> PullRequestSnapshot {
        PullRequestSnapshot(
            title: "t", body: "", headSHA: head, baseSHA: base, startSHA: start, headRef: "feature", baseRef: "main",
            defaultBranch: "main", isDraft: false, isOpen: true, author: "dev"
        )
    }

    /// Parses JSON text for comparing request bodies with the documented shape.
    static func json(_ text: String) -> NSObject? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSObject
    }

    /// The epoch seconds of `date`, as a header value.
    static func epoch(_ date: Date) -> String { String(Int(date.timeIntervalSince1970)) }
}
