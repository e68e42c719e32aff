import Foundation
import Hosts
import Testing

struct WebhookDeliveryTests {
    private func delivery(_ host: HostKind, _ headers: WebhookHeaders) -> WebhookDelivery {
        WebhookDelivery(host: host, headers: headers, body: Data("{}".utf8))
    }

    @Test func headersAreCaseInsensitiveAndFirstValueWins() {
        let headers = WebhookHeaders([("X-GitHub-Event", "pull_request"), ("x-github-event", "push")])
        #expect(headers["x-github-event"] == "pull_request")
        #expect(headers["X-GITHUB-EVENT"] == "pull_request")
        #expect(headers["X-Other"] == nil)
    }

    @Test func githubDeliveryIDAndEvent() {
        let d = delivery(.github, ["x-github-delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958", "X-GitHub-Event": "ping"])
        #expect(d.deliveryID == "72d3162e-cc78-11e3-81ab-4c9367dc0958")
        #expect(d.eventName == "ping")
        #expect(!d.isForgejo)
    }

    @Test func gitlabPrefersIdempotencyKey() {
        let both = delivery(.gitlab, [
            "Idempotency-Key": "f5e5f430", "X-Gitlab-Event-UUID": "13792a34",
            "X-Gitlab-Webhook-UUID": "02affd2d", "X-Gitlab-Event": "Merge Request Hook",
        ])
        #expect(both.deliveryID == "f5e5f430")
        #expect(both.eventName == "Merge Request Hook")
        let older = delivery(.gitlab, ["X-Gitlab-Event-UUID": "13792a34", "X-Gitlab-Webhook-UUID": "02affd2d"])
        #expect(older.deliveryID == "13792a34")
        // The webhook UUID names the hook, not the delivery.
        #expect(delivery(.gitlab, ["X-Gitlab-Webhook-UUID": "02affd2d"]).deliveryID == nil)
    }

    @Test func giteaAndForgejoDeliveryIDs() {
        let gitea = delivery(.gitea, ["X-Gitea-Delivery": "g-1", "X-GitHub-Delivery": "g-1", "X-Gitea-Event": "pull_request"])
        #expect(gitea.deliveryID == "g-1")
        #expect(gitea.eventName == "pull_request")
        #expect(!gitea.isForgejo)
        let forgejo = delivery(.gitea, ["X-Forgejo-Delivery": "f-1", "X-Gitea-Delivery": "f-1", "X-Forgejo-Event": "issue_comment"])
        #expect(forgejo.deliveryID == "f-1")
        #expect(forgejo.eventName == "issue_comment")
        #expect(forgejo.isForgejo)
        #expect(delivery(.gitea, ["X-Gogs-Delivery": "o-1"]).deliveryID == "o-1")
    }

    @Test func emptyHeaderValuesDoNotCount() {
        let d = delivery(.gitlab, ["Idempotency-Key": "  ", "X-Gitlab-Event-UUID": "u-2"])
        #expect(d.deliveryID == "u-2")
        #expect(delivery(.github, [:]).deliveryID == nil)
        #expect(delivery(.github, [:]).eventName == nil)
    }

    @Test(arguments: [
        (["X-GitHub-Event": "pull_request"] as [String: String], HostKind?.some(.github)),
        (["X-Gitlab-Event": "Note Hook"], .gitlab),
        (["X-Gitea-Event": "pull_request", "X-GitHub-Event": "pull_request"], .gitea),
        (["X-Forgejo-Event": "pull_request", "X-GitHub-Event": "pull_request"], .gitea),
        (["Content-Type": "application/json"], nil),
    ])
    func hostDetection(headers: [String: String], host: HostKind?) {
        #expect(HostKind.detect(from: WebhookHeaders(headers)) == host)
    }

    @Test func eventsRoundTripThroughCodable() throws {
        let fixture = Fixtures.fixture(.github, "pull_request_review_comment/created.payload.json")
        let event = try WebhookDecoder.decode(fixture.delivery)
        let data = try JSONEncoder().encode(event)
        #expect(try JSONDecoder().decode(WebhookEvent.self, from: data) == event)
    }
}

struct WebhookDeliveryFormBodyTests {
    @Test(arguments: [HostKind.github, .gitea])
    func formEncodedPayloadIsDecoded(host: HostKind) throws {
        let fixture = host == .github
            ? Fixtures.fixture(.github, "pull_request/opened.payload.json")
            : Fixtures.fixture(.gitea, "extra/drone-go-scm/pull_request_opened.json")
        let json = try #require(String(data: fixture.body, encoding: .utf8))
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let encoded = try #require(json.addingPercentEncoding(withAllowedCharacters: allowed))
        let headers = WebhookHeaders([
            (WebhookDelivery.eventNameHeaders(for: host)[0], "pull_request"),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ])
        let delivery = WebhookDelivery(host: host, headers: headers, body: Data("payload=\(encoded)".utf8))
        #expect(delivery.isFormEncoded)
        let pr = try TestSupport.pullRequest(try WebhookDecoder.decode(delivery))
        #expect(pr.action == .opened)
        #expect(pr == (try TestSupport.pullRequest(try WebhookDecoder.decode(fixture.delivery))))
    }

    @Test(arguments: ["other=1", "payload=%ZZ", "payload=%7B"])
    func badFormBodiesAreMalformed(body: String) throws {
        let delivery = WebhookDelivery(
            host: .github,
            headers: ["X-GitHub-Event": "pull_request", "Content-Type": "application/x-www-form-urlencoded"],
            body: Data(body.utf8)
        )
        let error = try #require(TestSupport.decodingError(delivery))
        #expect(error.code == .malformedJSON)
    }
}
