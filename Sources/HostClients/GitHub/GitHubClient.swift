import AsyncHTTPClient
import Foundation
import Hosts
import Logging

/// The GitHub REST adapter (github.com and GitHub Enterprise Server), with a token or a GitHub App.
///
/// With an App, requests about a repository carry an installation token: the installation given to
/// ``forInstallation(_:)``, or the one `GET /repos/{o}/{r}/installation` names. Tokens are cached per
/// installation until five minutes before they expire; concurrent callers share one fetch.
///
/// ```swift
/// let github = try GitHubClient(credentials: .token(token), httpClient: .shared, logger: logger)
/// let pr = try await github.pullRequest(ref)
/// ```
public struct GitHubClient: CodeHost {
    /// `https://api.github.com`. GitHub Enterprise Server uses `https://HOST/api/v3`.
    public static let defaultBaseURL = "https://api.github.com"

    let http: HostHTTPClient
    let auth: Authorization
    let options: HostClientOptions
    /// The installation whose token signs repository requests (App auth only); `nil` looks it up per repository.
    public let installationID: Int?

    enum Authorization: Sendable {
        case token(String)
        case app(GitHubAppAuthenticator)
    }

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - baseURL: The API root; may carry a path (`https://ghe.example/api/v3`).
    ///   - credentials: A token, or a GitHub App id and private key.
    ///   - httpClient: The shared HTTP client; the caller shuts it down.
    ///   - options: Batch size, page size, pacing (default 80 content-creating requests a minute), retries.
    ///   - logger: Where failed calls are logged (method and path only).
    ///   - now: The clock for App JWTs and token expiry.
    /// - Throws: ``HostClientConfigurationError`` for a malformed base URL or App key.
    public init(
        baseURL: String = GitHubClient.defaultBaseURL, credentials: HostCredentials, httpClient: HTTPClient,
        options: HostClientOptions = .github, logger: Logger, now: @escaping @Sendable () -> Date = { Date() }
    ) throws(HostClientConfigurationError) {
        switch credentials {
        case .token(let token):
            self.auth = .token(token)
        case .githubApp(let appID, let privateKeyPEM):
            self.auth = .app(try GitHubAppAuthenticator(appID: appID, privateKeyPEM: privateKeyPEM, now: now))
        }
        self.http = try HostHTTPClient(
            host: HostKind.github.rawValue, baseURL: baseURL, httpClient: httpClient, configuration: options.http,
            defaultHeaders: [("Accept", "application/vnd.github+json"), ("X-GitHub-Api-Version", "2022-11-28")],
            logger: logger
        )
        self.options = options
        self.installationID = nil
    }

    private init(copying client: GitHubClient, installationID: Int?) {
        self.http = client.http
        self.auth = client.auth
        self.options = client.options
        self.installationID = installationID
    }

    /// This client scoped to one App installation (from the webhook's `installation.id`), sharing its pacer and
    /// token cache. `nil` looks the installation up per repository. Token clients ignore it.
    public func forInstallation(_ id: Int?) -> GitHubClient {
        GitHubClient(copying: self, installationID: id)
    }

    /// ``HostKind/github``.
    public var kind: HostKind { .github }

    /// `/repos/{owner}/{repo}`, each part percent-encoded.
    func repoPath(_ repository: RepositoryInfo) -> String {
        "/repos/\(PathEncoding.component(repository.owner))/\(PathEncoding.component(repository.name))"
    }
}
