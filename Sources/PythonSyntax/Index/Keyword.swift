/// The Python keywords (and soft keywords) the index reacts to, recognised from token bytes without
/// building a `String` per name.
enum Keyword: UInt8 {
    case `false`, none, `true`, and, `as`, assert, async, await, `break`, `class`, `continue`, def, del, elif
    case `else`, except, finally, `for`, from, global, `if`, `import`, `in`, `is`, lambda, nonlocal, not, or
    case pass, raise, `return`, `try`, `while`, with, yield, match, `case`, type

    static let spellings: [(String, Keyword)] = [
        ("False", .false), ("None", .none), ("True", .true), ("and", .and), ("as", .as), ("assert", .assert),
        ("async", .async), ("await", .await), ("break", .break), ("class", .class), ("continue", .continue),
        ("def", .def), ("del", .del), ("elif", .elif), ("else", .else), ("except", .except),
        ("finally", .finally), ("for", .for), ("from", .from), ("global", .global), ("if", .if),
        ("import", .import), ("in", .in), ("is", .is), ("lambda", .lambda), ("nonlocal", .nonlocal),
        ("not", .not), ("or", .or), ("pass", .pass), ("raise", .raise), ("return", .return), ("try", .try),
        ("while", .while), ("with", .with), ("yield", .yield), ("match", .match), ("case", .case), ("type", .type),
    ]
    static let all: [(bytes: [UInt8], keyword: Keyword)] = spellings.map { (Array($0.0.utf8), $0.1) }

    /// The keyword spelled by `bytes`, if any.
    static func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Keyword? {
        let length = end - start
        guard length >= 2 && length <= 8 else { return nil }
        let first = bytes[start]
        guard (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")) || first == UInt8(ascii: "F")
            || first == UInt8(ascii: "N") || first == UInt8(ascii: "T") else { return nil }
        outer: for (spelling, keyword) in all where spelling.count == length && spelling[0] == first {
            for offset in 1..<length where bytes[start + offset] != spelling[offset] { continue outer }
            return keyword
        }
        return nil
    }

    /// Keywords that are never the start of a callee (`if (x)`, `return (y)`, `not (z)`).
    var blocksCall: Bool {
        switch self {
        case .match, .case, .type, .false, .none, .true: return false
        default: return true
        }
    }

    /// Keywords that open a compound statement whose header ends with `:`.
    var opensCompound: Bool {
        switch self {
        case .if, .elif, .else, .while, .for, .try, .except, .finally, .with, .def, .class, .async, .match, .case:
            return true
        default: return false
        }
    }
}
