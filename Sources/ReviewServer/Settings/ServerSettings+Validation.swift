import Hosts

extension ServerSettings {
    /// Every problem with these settings; empty when the server may start.
    ///
    /// An enabled host with no secret is refused unless it opted out with `allowUnsigned`, so a forgotten
    /// secret can never leave the intake open by accident.
    public func problems() -> [ServerSettingsError.Problem] {
        var problems: [ServerSettingsError.Problem] = []
        if bindAddress.isEmpty {
            problems.append(.init(key: "server.bind", message: "must not be empty; use 0.0.0.0 or 127.0.0.1"))
        }
        if !(0...65_535).contains(port) {
            problems.append(.init(key: "server.port", message: "\(port) is not a TCP port; use 1-65535 (0 picks a free one)"))
        }
        if maxBodyBytes < 1 {
            problems.append(.init(
                key: "server.max_body_bytes",
                message: "must be at least 1; the hosts' own cap is \(Self.defaultMaxBodyBytes) (25 MiB)"
            ))
        }
        for host in HostKind.allCases {
            let settings = self.host(host)
            guard settings.enabled, settings.secret == nil, !settings.allowUnsigned else { continue }
            problems.append(.init(
                key: "\(host.rawValue).webhook_secret",
                message: "webhooks from \(host.rawValue) are enabled but no secret is set: set "
                    + "\(Self.secretVariable(for: host)) (or \(Self.secretVariable(for: host))_FILE), "
                    + "or opt out with \(host.rawValue).allow_unsigned: true (unsafe: anyone can queue reviews)"
            ))
        }
        if !HostKind.allCases.contains(where: { self.host($0).enabled }) {
            problems.append(.init(
                key: "webhooks",
                message: "no host is enabled: set "
                    + HostKind.allCases.map { Self.secretVariable(for: $0) }.joined(separator: ", ")
                    + " (any one of them)"
            ))
        }
        return problems
    }

    /// Throws every problem at once when the settings are invalid.
    public func validate() throws(ServerSettingsError) {
        let problems = problems()
        if !problems.isEmpty { throw ServerSettingsError(problems: problems) }
    }
}
