/// Decodes source bytes to scalars the way CPython does for the encodings found in real trees, so token
/// text and character columns can be compared with CPython's.
public enum SourceDecoding: Sendable, Hashable {
    /// UTF-8; an invalid byte decodes to U+FFFD (one character).
    case utf8
    /// ISO-8859-1 (latin-1): one byte, one character.
    case latin1
    /// ISO-8859-15: latin-1 with eight code points replaced (`€` at 0xA4, ...).
    case latin9
    /// A single-byte codec given as its 256 characters (from `pytokens.py`'s `# CHARMAP`).
    case table([Unicode.Scalar])

    /// The decoding for a Python codec name as `tokenize` reports it (`utf-8-sig`, `iso-8859-15`,
    /// `latin-1`, ...); nil for codecs this module does not decode.
    public init?(pythonCodec name: String) {
        let normalized = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        switch normalized {
        case "utf-8", "utf-8-sig", "utf8", "ascii", "us-ascii": self = .utf8
        case "iso-8859-1", "latin-1", "latin1", "iso8859-1", "l1": self = .latin1
        case "iso-8859-15", "iso8859-15", "latin-9", "latin9": self = .latin9
        default: return nil
        }
    }

    /// The scalars of `bytes`.
    public func decode(_ bytes: ArraySlice<UInt8>) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        switch self {
        case .utf8:
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): scalars.append(scalar)
                case .emptyInput: break loop
                case .error: scalars.append("\u{FFFD}")
                }
            }
        case .latin1:
            for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        case .latin9:
            for byte in bytes { scalars.append(Self.latin9Scalar(byte)) }
        case .table(let table):
            for byte in bytes { scalars.append(table[Int(byte)]) }
        }
        return scalars
    }

    /// Number of characters in `bytes`.
    public func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
        switch self {
        case .utf8:
            if !bytes.contains(where: { $0 >= 0x80 }) { return bytes.count }
            return decode(bytes).count
        case .latin1, .latin9, .table:
            return bytes.count
        }
    }

    static func latin9Scalar(_ byte: UInt8) -> Unicode.Scalar {
        switch byte {
        case 0xA4: return "\u{20AC}"
        case 0xA6: return "\u{0160}"
        case 0xA8: return "\u{0161}"
        case 0xB4: return "\u{017D}"
        case 0xB8: return "\u{017E}"
        case 0xBC: return "\u{0152}"
        case 0xBD: return "\u{0153}"
        case 0xBE: return "\u{0178}"
        default: return Unicode.Scalar(byte)
        }
    }
}
