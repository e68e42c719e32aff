import Foundation

/// Stand-ins for git object ids and GitHub's base64 file content.
enum ContentHash {
    /// A 40-hex id derived from the bytes (FNV-1a, not SHA-1: only stability and shape matter here).
    static func blobSHA(_ bytes: [UInt8]) -> String {
        var hashes: [UInt64] = [0xcbf2_9ce4_8422_2325, 0x8422_2325_cbf2_9ce4, 0x1234_5678_9abc_def0]
        for byte in bytes {
            for index in hashes.indices {
                hashes[index] = (hashes[index] ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        let hex = hashes.map { String($0, radix: 16) }.map { String(repeating: "0", count: 16 - $0.count) + $0 }.joined()
        return String(hex.prefix(40))
    }

    /// Base64 with a newline every 60 characters, as GitHub's contents API returns it.
    static func base64Lines(_ bytes: [UInt8]) -> String {
        let encoded = Data(bytes).base64EncodedString()
        var lines: [Substring] = []
        var start = encoded.startIndex
        while start < encoded.endIndex {
            let end = encoded.index(start, offsetBy: 60, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(encoded[start..<end])
            start = end
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }
}
