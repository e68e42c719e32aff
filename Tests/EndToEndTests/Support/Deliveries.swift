import AsyncHTTPClient
import Crypto
import Foundation
import NIOCore

/// Sends deliveries signed the way each host signs them.
struct Deliveries {
    let client: HTTPClient
    let server: String
    let secret: String

    struct Answer {
        var status: Int
        var body: String
    }

    func send(host: String, event: String, delivery: String, body: Data) async throws -> Answer {
        var request = HTTPClientRequest(url: "\(server)/webhooks/\(host)")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        let hex = mac.map { String(format: "%02x", $0) }.joined()
        switch host {
        case "github":
            request.headers.add(name: "X-GitHub-Event", value: event)
            request.headers.add(name: "X-GitHub-Delivery", value: delivery)
            request.headers.add(name: "X-Hub-Signature-256", value: "sha256=" + hex)
        case "gitlab":
            request.headers.add(name: "X-Gitlab-Event", value: event)
            request.headers.add(name: "Idempotency-Key", value: delivery)
            request.headers.add(name: "X-Gitlab-Token", value: secret)
        default:
            request.headers.add(name: "X-Gitea-Event", value: event)
            request.headers.add(name: "X-Gitea-Delivery", value: delivery)
            request.headers.add(name: "X-Gitea-Signature", value: hex)
        }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await client.execute(request, timeout: .seconds(30))
        let bytes = try await response.body.collect(upTo: 1 << 20)
        return Answer(status: Int(response.status.code), body: String(buffer: bytes))
    }
}

/// Polls `condition` until it holds or `timeout` passes; returns whether it held.
func eventually(timeout: TimeInterval = 60, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(100))
    }
    return try await condition()
}
