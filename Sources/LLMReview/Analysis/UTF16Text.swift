import Foundation

/// A string's UTF-16 code units, the unit `NSRegularExpression` ranges count in, with O(1) access (a
/// Swift-backed `NSString` may walk the string for each access).
struct UTF16Text {
    let units: [UInt16]

    init(_ text: String) {
        units = Array(text.utf16)
    }

    var count: Int { units.count }

    subscript(offset: Int) -> UInt16 { units[offset] }

    /// The text of `range`.
    func string(_ range: NSRange) -> String {
        String(decoding: units[range.location..<(range.location + range.length)], as: UTF16.self)
    }

    /// The text with ascending, non-overlapping `ranges` replaced by `replacement`; nil when there are none.
    func replacing(_ ranges: [NSRange], with replacement: String) -> String? {
        guard !ranges.isEmpty else { return nil }
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        let replacementUnits = Array(replacement.utf16)
        var cursor = 0
        for range in ranges where range.location >= cursor {
            output += units[cursor..<range.location]
            output += replacementUnits
            cursor = range.location + range.length
        }
        output += units[cursor...]
        return String(decoding: output, as: UTF16.self)
    }
}
