/// A set of bytes as a 256-bit mask (no allocation).
struct ByteSet {
    private var low: UInt64 = 0, midLow: UInt64 = 0, midHigh: UInt64 = 0, high: UInt64 = 0

    mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: low |= bit
        case 1: midLow |= bit
        case 2: midHigh |= bit
        default: high |= bit
        }
    }

    func contains(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return low & bit != 0
        case 1: return midLow & bit != 0
        case 2: return midHigh & bit != 0
        default: return high & bit != 0
        }
    }
}
