import AsyncHTTPClient
import Foundation
import HostClients
import Hosts
import Logging
import ReviewService

/// The API clients `serve` builds from its configuration: one per host that can publish, sharing one HTTP
/// client (and, per host, one pacer and one App token cache).
struct ConfiguredHostResolver: HostResolver {
    private let clients: [HostKind: any CodeHost]

    init(configuration: AppConfiguration, httpClient: HTTPClient, logger: Logger) throws {
        var clients: [HostKind: any CodeHost] = [:]
        for kind in HostKind.allCases {
            let host = configuration.host(kind)
            let credentials: HostCredentials
            if let app = host.app, kind == .github {
                credentials = .githubApp(appID: String(app.appID), privateKeyPEM: app.privateKey.revealed)
            } else if let token = host.token {
                credentials = .token(token.revealed)
            } else {
                continue
            }
            var options = HostClientOptions.defaults(for: kind)
            options.pacing = host.writesPerMinute > 0 ? .perMinute(host.writesPerMinute) : nil
            do {
                clients[kind] = try HostClientFactory.make(
                    kind: kind, baseURL: host.apiURL?.absoluteString, credentials: credentials, httpClient: httpClient,
                    logger: logger, options: options)
            } catch {
                throw CLIError("\(kind.rawValue): \(error)")
            }
        }
        self.clients = clients
    }

    func host(for kind: HostKind, installationID: Int?) async throws -> any CodeHost {
        guard let client = clients[kind] else { throw ReviewServiceError.noCredentials(kind) }
        if let github = client as? GitHubClient { return github.forInstallation(installationID) }
        return client
    }
}
