/// A JSON document built in code, serialised with keys in the order they were written.
///
/// `JSONEncoder` can only sort keys alphabetically; the JSON and SARIF outputs promise a fixed,
/// documented key order, so they build one of these instead.
enum JSONValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialised() == rhs.serialised() }
    func hash(into hasher: inout Hasher) { hasher.combine(serialised()) }

    /// The document as text: two-space indentation when `pretty`, otherwise one line.
    func serialised(pretty: Bool = true) -> String {
        var output = ""
        write(into: &output, indent: pretty ? 0 : nil)
        return output
    }

    private func write(into output: inout String, indent: Int?) {
        switch self {
        case .string(let value): JSONValue.writeString(value, into: &output)
        case .int(let value): output += String(value)
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            writeContainer(open: "[", close: "]", count: items.count, into: &output, indent: indent) { index, out, inner in
                items[index].write(into: &out, indent: inner)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, into: &output, indent: indent) { index, out, inner in
                JSONValue.writeString(members[index].0, into: &out)
                out += inner == nil ? ":" : ": "
                members[index].1.write(into: &out, indent: inner)
            }
        }
    }

    private func writeContainer(
        open: String, close: String, count: Int, into output: inout String, indent: Int?,
        element: (Int, inout String, Int?) -> Void
    ) {
        output += open
        guard count > 0 else { return output += close }
        let inner = indent.map { $0 + 2 }
        for index in 0..<count {
            if index > 0 { output += "," }
            if let inner { output += "\n" + String(repeating: " ", count: inner) }
            element(index, &output, inner)
        }
        if let indent { output += "\n" + String(repeating: " ", count: indent) }
        output += close
    }

    private static func writeString(_ value: String, into output: inout String) {
        output += "\""
        // Copy unescaped runs whole; this runs for every field of every finding.
        let bytes = value.utf8
        var runStart = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            var escape: String?
            var end = next
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x08: escape = "\\b"
            case 0x0C: escape = "\\f"
            case 0..<0x20: escape = "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) are escaped so the output is valid JavaScript too.
                let rest = bytes[next...].prefix(2)
                if rest.count == 2, rest.first == 0x80, let last = rest.last, last == 0xA8 || last == 0xA9 {
                    escape = last == 0xA8 ? "\\u2028" : "\\u2029"
                    end = bytes.index(next, offsetBy: 2)
                }
            default: break
            }
            if let escape {
                output += value[runStart..<index]
                output += escape
                runStart = end
            }
            index = end
        }
        output += value[runStart..<bytes.endIndex]
        output += "\""
    }
}
