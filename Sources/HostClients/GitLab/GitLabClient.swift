import AsyncHTTPClient
import Hosts
import Logging

/// The GitLab REST adapter (gitlab.com and self-managed), authenticated with `PRIVATE-TOKEN`.
///
/// Projects are addressed by their URL-encoded `path_with_namespace` (`group%2Fsub%2Frepo`); inline comments are
/// one discussion each, positioned with the merge request's `diff_refs`.
public struct GitLabClient: CodeHost {
    /// `https://gitlab.com/api/v4`. Self-managed instances use `https://HOST/api/v4`.
    public static let defaultBaseURL = "https://gitlab.com/api/v4"

    let http: HostHTTPClient
    let token: String
    let options: HostClientOptions

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - baseURL: The API root, with its `/api/v4` path.
    ///   - credentials: A personal, project or group access token.
    ///   - httpClient: The shared HTTP client; the caller shuts it down.
    ///   - options: Page size, pacing (default none), retries.
    ///   - logger: Where failed calls are logged (method and path only).
    /// - Throws: ``HostClientConfigurationError`` for a malformed base URL or GitHub App credentials.
    public init(
        baseURL: String = GitLabClient.defaultBaseURL, credentials: HostCredentials, httpClient: HTTPClient,
        options: HostClientOptions = .gitlab, logger: Logger
    ) throws(HostClientConfigurationError) {
        guard case .token(let token) = credentials else {
            throw HostClientConfigurationError("GitLab authenticates with an access token, not GitHub App credentials")
        }
        self.token = token
        self.options = options
        self.http = try HostHTTPClient(
            host: HostKind.gitlab.rawValue, baseURL: baseURL, httpClient: httpClient, configuration: options.http,
            logger: logger
        )
    }

    /// ``HostKind/gitlab``.
    public var kind: HostKind { .gitlab }

    /// Sends `request` with the token.
    func send(_ request: HostRequest) async throws -> HostResponse {
        try await http.send(authorized(request))
    }

    /// Sends `request` with the token and decodes the answer.
    func json<T: Decodable>(_ request: HostRequest, as type: T.Type) async throws -> T {
        try await http.json(authorized(request), as: type)
    }

    func authorized(_ request: HostRequest) -> HostRequest {
        request.adding(header: "PRIVATE-TOKEN", token)
    }

    /// `/projects/{url-encoded path_with_namespace}`.
    func projectPath(_ repository: RepositoryInfo) -> String {
        "/projects/" + PathEncoding.component(repository.fullPath)
    }

    /// `/projects/{id}/merge_requests/{iid}`.
    func mergeRequestPath(_ ref: PullRequestRef) -> String {
        projectPath(ref.repository) + "/merge_requests/\(ref.number)"
    }
}
