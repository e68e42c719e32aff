import Foundation
import Hosts
import Logging
import Metrics
import Prometheus
import ReviewServer
import Testing

/// The intake without HTTP: keys, response bodies and the order verify → decode → enqueue.
struct WebhookIntakeTests {
    @Test func deliveryKeyPrefersTheHostsHeader() {
        let gitea = WebhookDelivery(host: .gitea, headers: ["X-Forgejo-Delivery": "f-1", "X-Gitea-Delivery": "f-1"], body: Data())
        #expect(WebhookIntake.deliveryKey(for: gitea) == "gitea:f-1")
        let gitlab = WebhookDelivery(host: .gitlab, headers: ["X-Gitlab-Event-UUID": "e-1", "Idempotency-Key": "i-1"], body: Data())
        #expect(WebhookIntake.deliveryKey(for: gitlab) == "gitlab:i-1")
    }

    @Test func missingDeliveryIDIsTheBodysSHA256() {
        let delivery = WebhookDelivery(host: .github, headers: [:], body: Data("Hello, World!".utf8))
        #expect(WebhookIntake.deliveryKey(for: delivery)
            == "github:sha256-dffd6021bb2bd5b0af676290809ec3a53191dd81c7f70a4b28688a362182986f")
    }

    @Test func responseBodyIsJSONWithItsReason() throws {
        let response = IntakeResponse(outcome: .malformed, deliveryKey: "github:\"x\"", reason: "bad \"field\"\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any])
        #expect(object["outcome"] as? String == "malformed")
        #expect(object["delivery"] as? String == "github:\"x\"")
        #expect(object["reason"] as? String == "bad \"field\"\n")
        #expect(response.statusCode == 400)
    }

    @Test(arguments: DeliveryOutcome.allCases)
    func everyOutcomeHasItsStatus(outcome: DeliveryOutcome) {
        let expected: [DeliveryOutcome: Int] = [
            .queued: 202, .duplicate: 202, .ignored: 202, .ping: 200, .unauthorized: 401, .malformed: 400,
            .tooLarge: 413, .storeError: 503, .disabled: 404,
        ]
        #expect(outcome.statusCode == expected[outcome])
    }

    @Test func signatureIsCheckedBeforeTheBodyIsDecoded() async {
        let queue = InMemoryJobQueue()
        let settings = ServerSettings(hosts: [.github: HostIntakeSettings(secret: WebhookSecret("k"))])
        let intake = WebhookIntake(
            settings: settings, queue: queue,
            metrics: ServerMetrics(factory: PrometheusMetricsFactory(registry: PrometheusCollectorRegistry()))
        )
        // Not JSON and not signed: 401, not 400, so an unauthenticated caller learns nothing about the parser.
        let delivery = WebhookDelivery(host: .github, headers: ["X-GitHub-Event": "pull_request"], body: Data("{".utf8))
        let response = await intake.receive(delivery, logger: Logger(label: "t", factory: { _ in SwiftLogNoOpLogHandler() }))
        #expect(response.outcome == .unauthorized)
        #expect(await queue.enqueueCalls == 0)
    }
}
