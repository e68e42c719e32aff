/// The numbers of a `@@ -oldStart[,oldCount] +newStart[,newCount] @@ text` line.
///
/// A missing count means 1, as in GNU diff and git. Numbers are clamped so hostile input cannot
/// overflow. Returns nil when the line has no `-n` and `+n` numbers at all.
struct HunkHeader {
    var oldStart: Int
    var oldCount: Int
    var newStart: Int
    var newCount: Int
    var text: String

    /// Large enough for any real file, small enough that line arithmetic never overflows.
    static let limit = 1 << 40

    init?(_ line: ByteLine) {
        var index = line.start + 4  // after "@@ -"
        let end = line.end
        let base = line.base

        func number() -> Int? {
            var value = 0
            var digits = 0
            while index < end, base[index] >= UInt8(ascii: "0"), base[index] <= UInt8(ascii: "9") {
                value = min(value * 10 + Int(base[index] - UInt8(ascii: "0")), Self.limit)
                index += 1
                digits += 1
            }
            return digits > 0 ? value : nil
        }
        func count() -> Int? {
            guard index < end, base[index] == UInt8(ascii: ",") else { return 1 }
            index += 1
            return number()
        }

        guard let oldStart = number(), let oldCount = count() else { return nil }
        while index < end, base[index] == UInt8(ascii: " ") { index += 1 }
        guard index < end, base[index] == UInt8(ascii: "+") else { return nil }
        index += 1
        guard let newStart = number(), let newCount = count() else { return nil }
        self.oldStart = oldStart
        self.oldCount = oldCount
        self.newStart = newStart
        self.newCount = newCount

        // Lenient about the closing "@@": without it there is simply no section text.
        while index < end, base[index] == UInt8(ascii: " ") { index += 1 }
        if end - index >= 2, base[index] == UInt8(ascii: "@"), base[index + 1] == UInt8(ascii: "@") {
            index += 2
            if index < end, base[index] == UInt8(ascii: " ") { index += 1 }
            self.text = line.text(from: index - line.start)
        } else {
            self.text = ""
        }
    }
}
