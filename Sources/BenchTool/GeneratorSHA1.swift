/// SHA-1, only to name blobs the way git does (`index 0000000..<blob>` in the diff), so the generated
/// `change.diff` is byte-identical to `git diff` of the same commit. Not for security.
struct GeneratorSHA1 {
    /// The git blob id of `content`: SHA-1 of `"blob <size>\0" + content`, as 40 hex digits.
    static func gitBlobID(_ content: [UInt8]) -> String {
        var message = Array("blob \(content.count)".utf8)
        message.append(0)
        message.append(contentsOf: content)
        return hex(digest(message))
    }

    static func digest(_ input: [UInt8]) -> [UInt8] {
        var h: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        // Whole blocks straight from the input; only the tail is copied to add the padding.
        let whole = input.count / 64 * 64
        var tail = Array(input[whole...])
        let bitLength = UInt64(input.count) * 8
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            input.withUnsafeBufferPointer { bytes in
                for chunk in stride(from: 0, to: whole, by: 64) {
                    compress(bytes.baseAddress! + chunk, &h, w)
                }
            }
            tail.withUnsafeBufferPointer { bytes in
                for chunk in stride(from: 0, to: bytes.count, by: 64) {
                    compress(bytes.baseAddress! + chunk, &h, w)
                }
            }
        }
        return [h.0, h.1, h.2, h.3, h.4].flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> UInt32(24 - $0 * 8)) } }
    }

    private static func compress(
        _ block: UnsafePointer<UInt8>,
        _ h: inout (UInt32, UInt32, UInt32, UInt32, UInt32),
        _ w: UnsafeMutableBufferPointer<UInt32>
    ) {
        for i in 0..<16 {
            let b = block + i * 4
            w[i] = UInt32(b[0]) << 24 | UInt32(b[1]) << 16 | UInt32(b[2]) << 8 | UInt32(b[3])
        }
        for i in 16..<80 {
            let x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
            w[i] = (x << 1) | (x >> 31)
        }
        var a = h.0, b = h.1, c = h.2, d = h.3, e = h.4
        for i in 0..<80 {
            let f: UInt32, k: UInt32
            switch i {
            case 0..<20: f = (b & c) | (~b & d); k = 0x5A82_7999
            case 20..<40: f = b ^ c ^ d; k = 0x6ED9_EBA1
            case 40..<60: f = (b & c) | (b & d) | (c & d); k = 0x8F1B_BCDC
            default: f = b ^ c ^ d; k = 0xCA62_C1D6
            }
            let t = ((a << 5) | (a >> 27)) &+ f &+ e &+ k &+ w[i]
            e = d
            d = c
            c = (b << 30) | (b >> 2)
            b = a
            a = t
        }
        h.0 &+= a; h.1 &+= b; h.2 &+= c; h.3 &+= d; h.4 &+= e
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
