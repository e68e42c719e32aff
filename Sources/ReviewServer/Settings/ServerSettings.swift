import Hosts

/// Everything the intake server needs, already resolved from the configuration file and environment.
///
/// ```swift
/// var settings = ServerSettings()
/// settings.hosts[.github] = HostIntakeSettings(secret: WebhookSecret(secretFromEnv))
/// try settings.validate()
/// ```
public struct ServerSettings: Sendable {
    /// The 25 MiB cap GitHub and GitLab put on their own payloads.
    public static let defaultMaxBodyBytes = 25 * 1024 * 1024

    /// The address to bind: `0.0.0.0` serves every interface, `127.0.0.1` only this machine.
    public var bindAddress: String
    /// The TCP port; `0` picks a free one (tests), reported through `onServerRunning`.
    public var port: Int
    /// Bodies over this many bytes get 413; enforced while the body streams in, not after.
    public var maxBodyBytes: Int
    /// Per-host intake settings; a host that is absent is disabled.
    public var hosts: [HostKind: HostIntakeSettings]
    /// How deliveries are classified (drafts skipped unless `reviewDrafts`).
    public var decodeOptions: DecodeOptions
    /// How long `/readyz` waits for the queue's ping before answering 503.
    public var readinessTimeout: Duration

    /// Creates settings; every host starts disabled.
    public init(
        bindAddress: String = "0.0.0.0",
        port: Int = 8080,
        maxBodyBytes: Int = ServerSettings.defaultMaxBodyBytes,
        hosts: [HostKind: HostIntakeSettings] = [:],
        decodeOptions: DecodeOptions = .default,
        readinessTimeout: Duration = .seconds(2)
    ) {
        self.bindAddress = bindAddress
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.hosts = hosts
        self.decodeOptions = decodeOptions
        self.readinessTimeout = readinessTimeout
    }

    /// The settings of `host`, ``HostIntakeSettings/disabled`` when absent.
    public func host(_ host: HostKind) -> HostIntakeSettings {
        hosts[host] ?? .disabled
    }

    /// The environment variable that holds `host`'s webhook secret: `BACKEND_REVIEW_GITHUB_WEBHOOK_SECRET`.
    public static func secretVariable(for host: HostKind) -> String {
        "BACKEND_REVIEW_\(host.rawValue.uppercased())_WEBHOOK_SECRET"
    }
}
