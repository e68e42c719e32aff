/// How one file's tokens compare with CPython 3.11's.
///
/// The rule for files CPython cannot tokenize (it raises `TokenError`, `IndentationError`,
/// `SyntaxError` or a decoding error): they agree when we emit at least one ERRORTOKEN, because raising
/// is how CPython reports the same problem and our tokenizer never raises.
public enum CPythonComparison: Sendable, Hashable {
    /// Every token line is identical.
    case agrees
    /// CPython raised and we emitted an ERRORTOKEN.
    case agreesOnError(String)
    /// The first difference; `kind` groups files for reports (`type NAME/ERRORTOKEN`, `position of OP`).
    case disagrees(kind: String, detail: String)

    public var isAgreement: Bool {
        if case .disagrees = self { return false }
        return true
    }

    /// Compares `tokens` (ours, for `source`) with `dump` (CPython's, for the same file).
    public static func compare(source: [UInt8], tokens: [Token], dump: CPythonDump) -> CPythonComparison {
        if let error = dump.error {
            if tokens.contains(where: { $0.kind == .errorToken }) { return .agreesOnError(error) }
            let type = error.split(separator: ":").first.map(String.init) ?? error
            return .disagrees(kind: "CPython raised \(type), no ERRORTOKEN", detail: error)
        }
        let codec = dump.encoding ?? "utf-8"
        guard let decoding = dump.charmap.map(SourceDecoding.table) ?? SourceDecoding(pythonCodec: codec) else {
            return .disagrees(kind: "unsupported codec \(codec)", detail: codec)
        }
        let ours = CPythonTokenForm.lines(source: source, tokens: tokens, decoding: decoding)
        return compare(ours: ours, theirs: dump.tokenLines)
    }

    /// Compares token lines; the first difference decides the kind.
    public static func compare(ours: [String], theirs: [String]) -> CPythonComparison {
        let shared = min(ours.count, theirs.count)
        for index in 0..<shared where ours[index] != theirs[index] {
            let a = ours[index].split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false)
            let b = theirs[index].split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false)
            let detail = "token \(index + 1): ours `\(ours[index])`, CPython `\(theirs[index])`"
            guard a.count == 6, b.count == 6 else { return .disagrees(kind: "malformed line", detail: detail) }
            if a[0] != b[0] { return .disagrees(kind: "type \(a[0]) where CPython has \(b[0])", detail: detail) }
            if a[1...4] != b[1...4] { return .disagrees(kind: "position of \(a[0])", detail: detail) }
            return .disagrees(kind: "text of \(a[0])", detail: detail)
        }
        if ours.count > theirs.count {
            return .disagrees(kind: "extra tokens", detail: "ours continues with `\(ours[shared])`")
        }
        if ours.count < theirs.count {
            return .disagrees(kind: "missing tokens", detail: "CPython continues with `\(theirs[shared])`")
        }
        return .agrees
    }
}
