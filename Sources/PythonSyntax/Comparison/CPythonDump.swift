/// One file of `scripts/pytokens.py` output.
public struct CPythonDump: Sendable, Hashable {
    public var path: String
    /// The codec `tokenize` detected (`utf-8`, `utf-8-sig`, `iso-8859-15`, ...); nil if it raised first.
    public var encoding: String?
    /// For a single-byte codec other than UTF-8, what each byte decodes to (`# CHARMAP` line).
    public var charmap: [Unicode.Scalar]?
    /// Token lines, in the `CPythonTokenForm` format.
    public var tokenLines: [String]
    /// `Type: message` when `tokenize` raised; the tokens before the error are still in `tokenLines`.
    public var error: String?

    public init(path: String, encoding: String?, charmap: [Unicode.Scalar]? = nil, tokenLines: [String], error: String?) {
        self.charmap = charmap
        self.path = path
        self.encoding = encoding
        self.tokenLines = tokenLines
        self.error = error
    }

    /// Splits the whole output of one `pytokens.py` run into per-file dumps.
    public static func parse(_ output: Substring) -> [CPythonDump] {
        var dumps: [CPythonDump] = []
        var current: CPythonDump?
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# FILE ") {
                current = CPythonDump(path: String(line.dropFirst(7)), encoding: nil, tokenLines: [], error: nil)
            } else if line.hasPrefix("# ENCODING ") {
                current?.encoding = String(line.dropFirst(11))
            } else if line.hasPrefix("# CHARMAP ") {
                let scalars = line.dropFirst(10).split(separator: " ").compactMap { UInt32($0, radix: 16) }
                    .compactMap(Unicode.Scalar.init)
                if scalars.count == 256 { current?.charmap = scalars }
            } else if line.hasPrefix("# ERROR ") {
                current?.error = String(line.dropFirst(8))
            } else if line == "# END" {
                if let done = current { dumps.append(done) }
                current = nil
            } else if !line.isEmpty {
                current?.tokenLines.append(String(line))
            }
        }
        return dumps
    }
}
