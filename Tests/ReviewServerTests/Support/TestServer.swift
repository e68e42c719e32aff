import Foundation
import Hosts
import Hummingbird
import HummingbirdTesting
import JobQueue
import Logging
import Prometheus
import ReviewServer

/// The real application on a loopback port with its own registry and captured logs; nothing global.
struct TestServer {
    static let githubSecret = "gh-secret-4f1c9a77"
    static let gitlabSecret = "gl-token-8d02be31"
    static let giteaSecret = "gt-secret-a5e6730c"

    var settings: ServerSettings
    var queue: any JobQueue
    let registry = PrometheusCollectorRegistry()
    let logs = LogCapture()

    init(queue: any JobQueue = InMemoryJobQueue(), configure: (inout ServerSettings) -> Void = { _ in }) {
        var settings = ServerSettings(bindAddress: "127.0.0.1", port: 0, hosts: [
            .github: HostIntakeSettings(secret: WebhookSecret(Self.githubSecret)),
            .gitlab: HostIntakeSettings(secret: WebhookSecret(Self.gitlabSecret)),
            .gitea: HostIntakeSettings(secret: WebhookSecret(Self.giteaSecret)),
        ])
        configure(&settings)
        self.settings = settings
        self.queue = queue
    }

    /// Runs `test` against the server over a real socket.
    func run<Value: Sendable>(_ test: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let app = try makeApplication(settings: settings, queue: queue, registry: registry, logger: logs.logger())
        return try await app.test(.live, test)
    }
}

extension HTTPFields {
    /// Fields from name/value pairs (names as the hosts spell them).
    static func from(_ pairs: [String: String]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in pairs.sorted(by: { $0.key < $1.key }) {
            fields.append(.init(name: .init(name)!, value: value))
        }
        return fields
    }
}

extension TestClientProtocol {
    /// POSTs a delivery to `/webhooks/<host>`.
    func deliver(_ host: HostKind, headers: [String: String], body: Data) async throws -> TestResponse {
        var pairs = headers
        pairs["Content-Type"] = pairs["Content-Type"] ?? "application/json"
        return try await execute(
            uri: "/webhooks/\(host.rawValue)", method: .post, headers: .from(pairs), body: ByteBuffer(bytes: body)
        )
    }

    /// A GitHub delivery signed with ``TestServer/githubSecret`` (or `secret`).
    func deliverGitHub(
        event: String, delivery: String?, body: Data, secret: String = TestServer.githubSecret
    ) async throws -> TestResponse {
        var headers = ["X-GitHub-Event": event, "X-Hub-Signature-256": "sha256=" + Fixtures.hmacHex(body, secret: secret)]
        headers["X-GitHub-Delivery"] = delivery
        return try await deliver(.github, headers: headers, body: body)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The JSON body's fields.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
    }
}
