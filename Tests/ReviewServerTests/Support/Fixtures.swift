import Crypto
import Foundation
import Hosts

/// The payload and signature files copied from the conformance corpus.
enum Fixtures {
    static let root: URL = {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("Fixtures folder missing from the test bundle")
        }
        return url
    }()

    /// `payloads/<host>/<name>.json`.
    static func payload(_ host: HostKind, _ name: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent("payloads/\(host.rawValue)/\(name).json"))
    }

    /// GitHub's published test vector: secret, payload and the expected `X-Hub-Signature-256`.
    static func githubSignatureVector() throws -> (secret: String, payload: String, header: String) {
        let url = root.appendingPathComponent("signatures/webhook-signature-test-vector.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        guard let secret = object["secret"] as? String, let payload = object["payload"] as? String,
            let header = object["expected_X-Hub-Signature-256"] as? String
        else { throw CocoaError(.fileReadCorruptFile) }
        return (secret, payload, header)
    }

    /// Lowercase hex HMAC-SHA256 of `body` keyed with `secret`, as GitHub, Gitea and Forgejo compute it.
    static func hmacHex(_ body: Data, secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return code.map { String(format: "%02x", $0) }.joined()
    }
}
