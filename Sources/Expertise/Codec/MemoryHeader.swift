import Foundation

/// The comment lines at the top of a memory file: the person's header, the bot's own header and the ledger.
///
/// Yams drops comments, so these lines are read from the raw text. Only the leading block (before the first line of
/// YAML) is kept; comments further down are lost when the bot rewrites the file.
struct MemoryHeader {
    /// Marks the ledger line: `# backend-review-ledger: {json}`.
    static let ledgerPrefix = "# backend-review-ledger:"
    /// Marks the bot's own header line, which is written again (not kept) on every rewrite.
    static let generatedPrefix = "# backend-review:"

    /// The person's leading comment lines, verbatim.
    var comments: [String] = []
    /// The JSON of the ledger line and its 1-based line number, when there is one.
    var ledger: (json: String, line: Int)?

    /// Reads the leading comment block of `text`.
    init(_ text: String) {
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: Self.isLineBreak) {
            lineNumber += 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty { continue }
            guard trimmed.hasPrefix("#") else { break }
            if trimmed.hasPrefix(Self.ledgerPrefix) {
                let json = trimmed.dropFirst(Self.ledgerPrefix.count).trimmingCharacters(in: .whitespaces)
                if ledger == nil { ledger = (json, lineNumber) }
            } else if !trimmed.hasPrefix(Self.generatedPrefix) {
                comments.append(String(line))
            }
        }
    }

    /// YAML's line breaks (YAML 1.1, as libyaml reads it), so line numbers agree with Yams' marks.
    static func isLineBreak(_ character: Character) -> Bool {
        ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(character)
    }

    /// The bot's header line for a repository.
    static func generatedLine(repositoryName: String?) -> String {
        let subject = repositoryName.map { "expertise memory of \(Self.oneLine($0))" } ?? "expertise memory"
        return "\(generatedPrefix) \(subject) (seed §9); format, rules and commands in docs/expertise.md"
    }

    /// The ledger as one comment line. JSON escapes `\n` and `\r`; the characters YAML also treats as line breaks
    /// (NEL, LS, PS) are escaped here so the line can never spill into the document.
    static func ledgerLine(_ ledger: MemoryLedger) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a struct of strings, ints and dictionaries of them cannot fail.
        let data = (try? encoder.encode(ledger)) ?? Data("{}".utf8)
        var json = String(decoding: data, as: UTF8.self)
        for (scalar, escape) in [("\u{85}", "\\u0085"), ("\u{2028}", "\\u2028"), ("\u{2029}", "\\u2029")] {
            json = json.replacingOccurrences(of: scalar, with: escape)
        }
        return "\(ledgerPrefix) \(json)"
    }

    /// A repository name as it may appear in a comment line.
    private static func oneLine(_ text: String) -> String {
        String(text.map { isLineBreak($0) ? " " : $0 })
    }
}
