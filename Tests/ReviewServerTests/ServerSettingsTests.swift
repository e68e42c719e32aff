import Hosts
import JobQueue
import Logging
import Prometheus
import ReviewServer
import Testing

/// Start-up refuses settings that would leave a host open or the server unusable, naming what to set.
struct ServerSettingsTests {
    @Test func enabledHostWithoutSecretIsRefusedNamingTheVariable() throws {
        let settings = ServerSettings(hosts: [
            .github: HostIntakeSettings(secret: WebhookSecret("s")),
            .gitlab: HostIntakeSettings(enabled: true),
        ])
        let problems = settings.problems()
        #expect(problems.count == 1)
        #expect(problems.first?.key == "gitlab.webhook_secret")
        #expect(problems.first?.message.contains("BACKEND_REVIEW_GITLAB_WEBHOOK_SECRET") == true)
        #expect(problems.first?.message.contains("allow_unsigned") == true)
        #expect(throws: ServerSettingsError.self) {
            _ = try makeApplication(
                settings: settings, queue: InMemoryJobQueue(), registry: PrometheusCollectorRegistry(),
                logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
            )
        }
    }

    @Test func optingOutOfSignaturesIsValidAndLoggedAsUnsafe() throws {
        let host = HostIntakeSettings(allowUnsigned: true)
        #expect(host.enabled)
        #expect(host.acceptsUnsigned)
        let settings = ServerSettings(hosts: [.gitea: host])
        #expect(settings.problems().isEmpty)
        let logs = LogCapture()
        _ = try makeApplication(
            settings: settings, queue: InMemoryJobQueue(), registry: PrometheusCollectorRegistry(), logger: logs.logger()
        )
        #expect(logs.lines.contains { $0.contains("allow_unsigned") && $0.contains(#""webhook.host":"gitea""#) })
    }

    @Test func aHostIsEnabledByASecretAndAnEmptySecretIsNone() {
        #expect(HostIntakeSettings(secret: WebhookSecret("s")).enabled)
        #expect(!HostIntakeSettings(secret: WebhookSecret("")).enabled)
        #expect(HostIntakeSettings(secret: WebhookSecret("")).secret == nil)
        #expect(!HostIntakeSettings(secret: WebhookSecret("s"), enabled: false).enabled)
        #expect(!ServerSettings().host(.github).enabled)
    }

    @Test func everyProblemIsReportedAtOnce() {
        let settings = ServerSettings(bindAddress: "", port: 70_000, maxBodyBytes: 0)
        let keys = settings.problems().map(\.key)
        #expect(keys == ["server.bind", "server.port", "server.max_body_bytes", "webhooks"])
        let noHost = settings.problems().last?.message ?? ""
        for host in HostKind.allCases {
            #expect(noHost.contains(ServerSettings.secretVariable(for: host)))
        }
    }

    @Test func defaultsAreTheDocumentedOnes() {
        let settings = ServerSettings()
        #expect(settings.bindAddress == "0.0.0.0")
        #expect(settings.port == 8080)
        #expect(settings.maxBodyBytes == 25 * 1024 * 1024)
        #expect(settings.decodeOptions.reviewDrafts == false)
    }
}
