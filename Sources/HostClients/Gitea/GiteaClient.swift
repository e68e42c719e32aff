import AsyncHTTPClient
import Hosts
import Logging

/// The Gitea and Forgejo REST adapter, authenticated with `Authorization: token …`.
///
/// There is no default base URL: every instance is self-hosted (`https://gitea.example/api/v1`).
public struct GiteaClient: CodeHost {
    let http: HostHTTPClient
    let token: String
    let options: HostClientOptions

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - baseURL: The API root, with its `/api/v1` path.
    ///   - credentials: An access token.
    ///   - httpClient: The shared HTTP client; the caller shuts it down.
    ///   - options: Page size (default 50), pacing (default none), retries.
    ///   - logger: Where failed calls are logged (method and path only).
    /// - Throws: ``HostClientConfigurationError`` for a malformed base URL or GitHub App credentials.
    public init(
        baseURL: String, credentials: HostCredentials, httpClient: HTTPClient, options: HostClientOptions = .gitea,
        logger: Logger
    ) throws(HostClientConfigurationError) {
        guard case .token(let token) = credentials else {
            throw HostClientConfigurationError("Gitea authenticates with an access token, not GitHub App credentials")
        }
        self.token = token
        self.options = options
        self.http = try HostHTTPClient(
            host: HostKind.gitea.rawValue, baseURL: baseURL, httpClient: httpClient, configuration: options.http,
            defaultHeaders: [("Accept", "application/json")], logger: logger
        )
    }

    /// ``HostKind/gitea``.
    public var kind: HostKind { .gitea }

    /// Sends `request` with the token.
    func send(_ request: HostRequest) async throws -> HostResponse {
        try await http.send(authorized(request))
    }

    /// Sends `request` with the token and decodes the answer.
    func json<T: Decodable>(_ request: HostRequest, as type: T.Type) async throws -> T {
        try await http.json(authorized(request), as: type)
    }

    func authorized(_ request: HostRequest) -> HostRequest {
        request.adding(header: "Authorization", "token \(token)")
    }

    /// `/repos/{owner}/{repo}`, each part percent-encoded.
    func repoPath(_ repository: RepositoryInfo) -> String {
        "/repos/\(PathEncoding.component(repository.owner))/\(PathEncoding.component(repository.name))"
    }

    /// `/repos/{owner}/{repo}/pulls/{n}`.
    func pullPath(_ ref: PullRequestRef) -> String {
        repoPath(ref.repository) + "/pulls/\(ref.number)"
    }

    /// The `page`/`limit` query of Gitea lists.
    var firstPage: [QueryItem] {
        [QueryItem("page", "1"), QueryItem("limit", String(options.pageSize))]
    }
}
