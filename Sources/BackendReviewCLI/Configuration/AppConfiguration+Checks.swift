import Hosts
import ReviewServer

extension AppConfiguration {
    /// Problems that involve several keys: the server's own validation (a host enabled without a secret, no
    /// host at all), and warnings about what will not work.
    func crossCheck() -> [ConfigDiagnostic] {
        var diagnostics = serverSettings.problems().map { ConfigDiagnostic.error($0.key, $0.message) }
        for host in HostKind.allCases {
            diagnostics += check(self.host(host))
        }
        return diagnostics
    }

    private func check(_ host: HostConfiguration) -> [ConfigDiagnostic] {
        let name = host.host.rawValue
        let keys = ConfigKey.host(host.host)
        var diagnostics: [ConfigDiagnostic] = []
        let hasCredentials = host.token != nil || host.app != nil
        if host.enabled, host.allowUnsigned, host.webhookSecret == nil {
            diagnostics.append(.warning(
                keys.allowUnsigned.path,
                "UNSAFE: deliveries are accepted without a signature, so anyone who can reach the server can queue "
                    + "reviews; set \(keys.webhookSecret.environment) instead"
            ))
        }
        if host.allowUnsigned, host.webhookSecret != nil {
            diagnostics.append(.warning(keys.allowUnsigned.path, "has no effect: a webhook secret is set and is checked"))
        }
        if host.enabled, !hasCredentials {
            let app = host.host == .github
                ? " (or a GitHub App: \(ConfigKey.githubAppID.environment) and \(ConfigKey.githubPrivateKeyFile.environment))"
                : ""
            diagnostics.append(.warning(
                keys.token.path,
                "webhooks from \(name) are accepted and queued, but reviews can't be published: set "
                    + "\(keys.token.environment) or \(keys.tokenFile.environment)\(app)"
            ))
        }
        if host.enabled, hasCredentials, host.apiURL == nil {
            diagnostics.append(.error(
                keys.apiURL.path,
                "\(name) has no public default API: set \(keys.apiURL.environment) to your instance's API, "
                    + "e.g. https://git.example.com/api/v1"
            ))
        }
        if !host.enabled, hasCredentials {
            diagnostics.append(.warning(
                keys.enabled.path,
                "API credentials are set but webhooks from \(name) are not enabled: set \(keys.webhookSecret.environment)"
            ))
        }
        if host.token != nil, host.app != nil {
            diagnostics.append(.warning(keys.token.path, "both a token and a GitHub App are set; the App is used"))
        }
        return diagnostics
    }
}
