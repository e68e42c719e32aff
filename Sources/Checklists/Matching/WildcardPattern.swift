/// `*`, `?` and `[...]` over bytes. Used for one path segment and for dotted call names.
struct WildcardPattern: Sendable, Hashable {
    enum Piece: Sendable, Hashable {
        case literal(UInt8)
        case any
        case star
        case set(ranges: [ClosedRange<UInt8>], negated: Bool)
    }

    let pieces: [Piece]
    /// The pattern is plain text with no wildcard.
    let literal: String?

    init(_ text: String) throws(GlobError) {
        var pieces: [Piece] = []
        let bytes = Array(text.utf8)
        var index = 0
        var isLiteral = true
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "*"):
                isLiteral = false
                if pieces.last != .star { pieces.append(.star) }
                index += 1
            case UInt8(ascii: "?"):
                isLiteral = false
                pieces.append(.any)
                index += 1
            case UInt8(ascii: "["):
                isLiteral = false
                var cursor = index + 1
                var negated = false
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "!") || bytes[cursor] == UInt8(ascii: "^") {
                    negated = true
                    cursor += 1
                }
                var ranges: [ClosedRange<UInt8>] = []
                var closed = false
                while cursor < bytes.count {
                    let current = bytes[cursor]
                    if current == UInt8(ascii: "]") && !ranges.isEmpty {
                        closed = true
                        break
                    }
                    if cursor + 2 < bytes.count, bytes[cursor + 1] == UInt8(ascii: "-"), bytes[cursor + 2] != UInt8(ascii: "]") {
                        guard current <= bytes[cursor + 2] else {
                            throw GlobError(message: "bad range in '\(text)'")
                        }
                        ranges.append(current...bytes[cursor + 2])
                        cursor += 3
                    } else {
                        ranges.append(current...current)
                        cursor += 1
                    }
                }
                guard closed else { throw GlobError(message: "unclosed '[' in '\(text)'") }
                pieces.append(.set(ranges: ranges, negated: negated))
                index = cursor + 1
            default:
                pieces.append(.literal(byte))
                index += 1
            }
        }
        self.pieces = pieces
        literal = isLiteral ? text : nil
    }

    func matches(_ string: String) -> Bool {
        var copy = string
        return copy.withUTF8 { matches(bytes: $0[...]) }
    }

    /// Iterative matching with single-star backtracking: linear in practice, never exponential.
    func matches(bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var p = 0
        var s = bytes.startIndex
        var starP = -1
        var starS = s
        while s < bytes.endIndex {
            if p < pieces.count {
                switch pieces[p] {
                case .star:
                    starP = p
                    starS = s
                    p += 1
                    continue
                case .any:
                    p += 1
                    s += 1
                    continue
                case .literal(let byte) where byte == bytes[s]:
                    p += 1
                    s += 1
                    continue
                case .set(let ranges, let negated) where ranges.contains(where: { $0.contains(bytes[s]) }) != negated:
                    p += 1
                    s += 1
                    continue
                default:
                    break
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starS += 1
            s = starS
        }
        while p < pieces.count, pieces[p] == .star { p += 1 }
        return p == pieces.count
    }
}
