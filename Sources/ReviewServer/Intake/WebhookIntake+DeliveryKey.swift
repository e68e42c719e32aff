import Crypto
import Foundation
import Hosts

extension WebhookIntake {
    /// The job's idempotency key: `<host>:<delivery id>`.
    ///
    /// When the host sent no delivery id header (GitLab before 14.8, or a hand-made request), the id is
    /// `sha256-<hex SHA-256 of the body>`: a retry of the same bytes is then still recognised as a redelivery,
    /// and two different events never share a key. Two identical bodies sent on purpose count as one delivery.
    public static func deliveryKey(for delivery: WebhookDelivery) -> String {
        let id = delivery.deliveryID ?? derivedDeliveryID(body: delivery.body)
        return "\(delivery.host.rawValue):\(id)"
    }

    /// `sha256-` and the lowercase hex SHA-256 of `body`.
    public static func derivedDeliveryID(body: Data) -> String {
        let digest = SHA256.hash(data: body)
        var hex = "sha256-"
        hex.reserveCapacity(7 + 64)
        for byte in digest {
            hex.append(Self.hexDigits[Int(byte >> 4)])
            hex.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return hex
    }

    private static let hexDigits = Array("0123456789abcdef")
}
