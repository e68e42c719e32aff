/// Python's `ascii()` of a string: the quoting and escaping `scripts/pytokens.py` prints token text with.
///
/// `pythonASCIIRepr(["'", "a"])` gives `"'a"` (double quotes because the text holds a single quote only).
public func pythonASCIIRepr(_ scalars: [Unicode.Scalar]) -> String {
    let hasSingle = scalars.contains("'")
    let hasDouble = scalars.contains("\"")
    let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
    var out = String.UnicodeScalarView()
    out.append(quote)
    let hex = Array("0123456789abcdef".unicodeScalars)
    func appendHex(_ value: UInt32, digits: Int) {
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            out.append(hex[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
    for scalar in scalars {
        let value = scalar.value
        switch scalar {
        case quote, "\\":
            out.append("\\")
            out.append(scalar)
        case "\t": out.append(contentsOf: "\\t".unicodeScalars)
        case "\n": out.append(contentsOf: "\\n".unicodeScalars)
        case "\r": out.append(contentsOf: "\\r".unicodeScalars)
        default:
            if value >= 0x20 && value < 0x7F {
                out.append(scalar)
            } else if value < 0x100 {
                out.append(contentsOf: "\\x".unicodeScalars)
                appendHex(value, digits: 2)
            } else if value < 0x10000 {
                out.append(contentsOf: "\\u".unicodeScalars)
                appendHex(value, digits: 4)
            } else {
                out.append(contentsOf: "\\U".unicodeScalars)
                appendHex(value, digits: 8)
            }
        }
    }
    out.append(quote)
    return String(out)
}
