/// Percent-encoding for the pieces adapters put into request paths and queries.
///
/// Only RFC 3986 unreserved characters stay as they are, so a `/`, `?`, `#` or `%` in an owner, a file path
/// or a ref can never change which resource a request names.
public enum PathEncoding {
    /// Encodes one path segment or query value: `group/sub/repo` becomes `group%2Fsub%2Frepo`.
    public static func component(_ text: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                encoded.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                encoded += "%" + hex(byte >> 4) + hex(byte & 0x0F)
            }
        }
        return encoded
    }

    /// Encodes a slash-separated path segment by segment, keeping the slashes: `src/a b.py` becomes `src/a%20b.py`.
    public static func path(_ text: String) -> String {
        text.split(separator: "/", omittingEmptySubsequences: false).map { component(String($0)) }
            .joined(separator: "/")
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static func hex(_ nibble: UInt8) -> String {
        String(UnicodeScalar(nibble < 10 ? nibble + 48 : nibble + 55))
    }
}
