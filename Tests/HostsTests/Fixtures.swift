import Foundation
import Hosts
import Testing

/// One recorded payload from the conformance corpus, with the event header its host would have sent.
struct PayloadFixture: CustomTestStringConvertible, Sendable {
    let host: HostKind
    /// Path under `Fixtures/payloads/<host>/`, e.g. `pull_request/opened.payload.json`.
    let relativePath: String
    let eventName: String

    var testDescription: String { "\(host.rawValue)/\(relativePath)" }

    var body: Data {
        // A missing fixture is a broken test set-up; fail loudly with the path.
        let url = Fixtures.payloadsRoot.appendingPathComponent(host.rawValue).appendingPathComponent(relativePath)
        guard let data = try? Data(contentsOf: url) else { fatalError("fixture not readable: \(url.path)") }
        return data
    }

    var delivery: WebhookDelivery {
        let header = WebhookDelivery.eventNameHeaders(for: host)[0]
        return WebhookDelivery(host: host, headers: [header: eventName], body: body)
    }
}

enum Fixtures {
    static let payloadsRoot: URL = {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("Fixtures folder missing from the test bundle")
        }
        return url.appendingPathComponent("payloads")
    }()

    /// Every payload file, sorted, with its event header value.
    static let all: [PayloadFixture] = HostKind.allCases.flatMap { host in
        files(under: payloadsRoot.appendingPathComponent(host.rawValue)).map { path in
            PayloadFixture(host: host, relativePath: path, eventName: eventName(host: host, path: path))
        }
    }

    static func fixture(_ host: HostKind, _ path: String) -> PayloadFixture {
        PayloadFixture(host: host, relativePath: path, eventName: eventName(host: host, path: path))
    }

    private static func files(under root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            return []
        }
        let prefix = root.standardizedFileURL.path + "/"
        return enumerator.compactMap { item in
            guard let url = item as? URL, url.pathExtension == "json" else { return nil }
            return String(url.standardizedFileURL.path.dropFirst(prefix.count))
        }.sorted()
    }

    /// The event header value each file was delivered with (conformance README and webhook-headers.json).
    static func eventName(host: HostKind, path: String) -> String {
        let file = (path as NSString).lastPathComponent
        switch host {
        case .github:
            if !path.hasPrefix("extra/") { return String(path.prefix { $0 != "/" }) }
            let extras = [
                "comment.json": "issue_comment",
                "pr_edited.json": "pull_request", "pr_sync.json": "pull_request",
                "pr_ready_for_review.json": "pull_request",
                "pr_review_submitted.json": "pull_request_review", "pr_review_edited.json": "pull_request_review",
                "pull-request-issue-comment.json": "issue_comment",
                "pull-request-review-comment.json": "pull_request_review_comment",
                "pull-request-review.json": "pull_request_review",
                "pull-request.json": "pull_request",
            ]
            return extras[file] ?? "unknown"
        case .gitlab:
            if file.contains("system") { return "System Hook" }
            if file.contains("note") || file.contains("comment") { return "Note Hook" }
            return "Merge Request Hook"
        case .gitea:
            // A review delivers X-Gitea-Event `pull_request_comment`; comments on the conversation arrive as
            // `issue_comment` (event type `pull_request_comment`).
            if file.contains("review") { return "pull_request_comment" }
            if file.contains("comment") { return "issue_comment" }
            return "pull_request"
        }
    }
}
