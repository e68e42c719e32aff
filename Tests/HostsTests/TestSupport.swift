import Foundation
import Hosts
import Testing

/// Builders for deliveries in tests: edited copies of fixtures and hand-written bodies.
enum TestSupport {
    /// A fixture's JSON object after `edit`, re-serialised.
    static func edited(_ fixture: PayloadFixture, _ edit: (inout [String: Any]) -> Void) throws -> WebhookDelivery {
        var object = try #require(try JSONSerialization.jsonObject(with: fixture.body) as? [String: Any])
        edit(&object)
        let body = try JSONSerialization.data(withJSONObject: object)
        return WebhookDelivery(host: fixture.host, headers: fixture.delivery.headers, body: body)
    }

    /// Sets `value` at a dotted path inside nested objects (`pull_request.head.sha`); `nil` removes the key.
    static func set(_ value: Any?, at path: String, in object: inout [String: Any]) {
        let keys = path.split(separator: ".").map(String.init)
        func assign(_ index: Int, _ current: inout [String: Any]) {
            let key = keys[index]
            if index == keys.count - 1 {
                current[key] = value
                return
            }
            var child = current[key] as? [String: Any] ?? [:]
            assign(index + 1, &child)
            current[key] = child
        }
        assign(0, &object)
    }

    static func delivery(_ host: HostKind, event: String, body: String) -> WebhookDelivery {
        let header = WebhookDelivery.eventNameHeaders(for: host)[0]
        return WebhookDelivery(host: host, headers: [header: event], body: Data(body.utf8))
    }

    static func pullRequest(_ event: WebhookEvent, sourceLocation: SourceLocation = #_sourceLocation) throws -> PullRequestEvent {
        guard case .pullRequest(let pr) = event else {
            Issue.record("expected a pull request event, got \(event)", sourceLocation: sourceLocation)
            throw Unexpected()
        }
        return pr
    }

    static func comment(_ event: WebhookEvent, sourceLocation: SourceLocation = #_sourceLocation) throws -> CommentEvent {
        guard case .comment(let comment) = event else {
            Issue.record("expected a comment event, got \(event)", sourceLocation: sourceLocation)
            throw Unexpected()
        }
        return comment
    }

    static func ignoredReason(_ event: WebhookEvent) -> String? {
        if case .ignored(let reason) = event { return reason }
        return nil
    }

    /// Runs `body` and returns the decoding error it throws, or records an issue if it succeeds.
    static func decodingError(
        _ delivery: WebhookDelivery, options: DecodeOptions = .default, sourceLocation: SourceLocation = #_sourceLocation
    ) -> WebhookDecodingError? {
        do {
            let event = try WebhookDecoder.decode(delivery, options: options)
            Issue.record("expected an error, decoded \(event)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    struct Unexpected: Error {}
}
