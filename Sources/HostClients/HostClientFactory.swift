import AsyncHTTPClient
import Foundation
import Hosts
import Logging

/// Builds the adapter for a host kind from configuration, so the server and the CLI compose without naming
/// adapters.
public enum HostClientFactory {
    /// The default API base URL of `kind`; `nil` for Gitea, which is always self-hosted.
    public static func defaultBaseURL(for kind: HostKind) -> String? {
        switch kind {
        case .github: GitHubClient.defaultBaseURL
        case .gitlab: GitLabClient.defaultBaseURL
        case .gitea: nil
        }
    }

    /// Creates the adapter for `kind`.
    ///
    /// - Parameters:
    ///   - kind: The host.
    ///   - baseURL: The API root; `nil` or empty uses the host's default (GitHub, GitLab).
    ///   - credentials: A token, or (GitHub only) App credentials.
    ///   - httpClient: The shared HTTP client; the caller shuts it down.
    ///   - logger: Where failed calls are logged.
    ///   - options: Tuning; `nil` uses ``HostClientOptions/defaults(for:)``.
    /// - Throws: ``HostClientConfigurationError`` when Gitea has no base URL, a URL is malformed, or the
    ///   credentials don't fit the host.
    public static func make(
        kind: HostKind, baseURL: String?, credentials: HostCredentials, httpClient: HTTPClient, logger: Logger,
        options: HostClientOptions? = nil
    ) throws(HostClientConfigurationError) -> any CodeHost {
        let options = options ?? .defaults(for: kind)
        let configured = baseURL.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        switch kind {
        case .github:
            return try GitHubClient(
                baseURL: configured ?? GitHubClient.defaultBaseURL, credentials: credentials, httpClient: httpClient,
                options: options, logger: logger
            )
        case .gitlab:
            return try GitLabClient(
                baseURL: configured ?? GitLabClient.defaultBaseURL, credentials: credentials, httpClient: httpClient,
                options: options, logger: logger
            )
        case .gitea:
            guard let configured else {
                throw HostClientConfigurationError(
                    "Gitea/Forgejo has no default API URL; set BACKEND_REVIEW_GITEA_API_URL "
                        + "(e.g. https://gitea.example/api/v1)"
                )
            }
            return try GiteaClient(
                baseURL: configured, credentials: credentials, httpClient: httpClient, options: options, logger: logger
            )
        }
    }
}
