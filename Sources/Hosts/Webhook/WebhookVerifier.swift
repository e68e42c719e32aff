import Crypto
import Foundation

/// Checks that a delivery comes from the host that knows the secret, before anything else reads it.
///
/// - GitHub: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`.
/// - Gitea/Forgejo: `X-Forgejo-Signature` / `X-Gitea-Signature`: the bare hex HMAC-SHA256. For
///   form-encoded deliveries Gitea signs the JSON payload, not the form body.
/// - GitLab: `X-Gitlab-Token`, the shared secret itself.
///
/// Every comparison runs in constant time: HMACs through swift-crypto's validation, tokens through
/// `constantTimeEquals`.
public enum WebhookVerifier {
    public enum Outcome: Sendable, Hashable {
        case verified
        /// No signature or token header (or an empty one).
        case missing
        /// A header that does not match the secret, or is not even well formed.
        case invalid
    }

    public static func verify(_ delivery: WebhookDelivery, secret: WebhookSecret) -> Outcome {
        switch delivery.host {
        case .github:
            guard let header = nonEmpty(delivery.headers["X-Hub-Signature-256"]) else { return .missing }
            guard header.hasPrefix("sha256="), let mac = hexBytes(header.dropFirst(7)) else { return .invalid }
            return hmacMatches(mac, body: delivery.body, secret: secret)
        case .gitea:
            guard let header = nonEmpty(delivery.headers.first(of: ["X-Forgejo-Signature", "X-Gitea-Signature"]))
            else { return .missing }
            guard let mac = hexBytes(Substring(header)) else { return .invalid }
            let signed = delivery.isFormEncoded ? ((try? delivery.jsonPayload()) ?? delivery.body) : delivery.body
            return hmacMatches(mac, body: signed, secret: secret)
        case .gitlab:
            guard let token = nonEmpty(delivery.headers["X-Gitlab-Token"]) else { return .missing }
            return constantTimeEquals(Array(token.utf8), secret.bytes) ? .verified : .invalid
        }
    }

    /// Equal length and equal bytes, in time that depends only on the lengths.
    public static func constantTimeEquals(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: lhs.count ^ rhs.count)
        for index in 0..<lhs.count {
            difference |= lhs[index] ^ (index < rhs.count ? rhs[index] : 0)
        }
        return difference == 0 && lhs.count == rhs.count
    }

    private static func hmacMatches(_ mac: [UInt8], body: Data, secret: WebhookSecret) -> Outcome {
        let key = SymmetricKey(data: secret.bytes)
        return HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: body, using: key) ? .verified : .invalid
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// Lowercase or uppercase hex to bytes; nil for odd lengths or other characters.
    static func hexBytes(_ text: Substring) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard !utf8.isEmpty, utf8.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = nibble(utf8[index]), let low = nibble(utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
