import Yams

/// Reads and writes the memory file (`backend.yaml`, seed §9).
///
/// The file is the seed's YAML, preceded by comment lines: a header for people (the bot's one line, or the
/// person's own comments, kept) and the ledger line `# backend-review-ledger: {json}` with the bot's bookkeeping.
/// Keys the bot does not know are kept at every level. Comments below the leading block are lost on rewrite,
/// because Yams does not keep them (docs/expertise.md says so).
///
/// ```swift
/// let memory = try MemoryCodec.decode(text, path: "backend.yaml")
/// let text = MemoryCodec.encode(memory, repositoryName: "acme/shop")
/// ```
public enum MemoryCodec {
    /// The memory in `text`. An empty file, or one holding only comments or `{}`, is a new memory.
    ///
    /// Lenient where a person would be: `version: 1.3` reads as `"1.3"`, timestamps keep their text, missing keys
    /// take their defaults. A value of the wrong type, a decision or blocker without `id`, a decision without
    /// `confidence_score`, or a rate outside 0...1 is an error naming the key, line and column.
    public static func decode(_ text: String, path: String) throws(MemoryDecodingError) -> ExpertiseMemory {
        var decoder = MemoryDecoder(path: path)
        return try decoder.decode(text)
    }

    /// The file text of `memory`, with the bot's one-line header naming `repositoryName`.
    public static func encode(_ memory: ExpertiseMemory, repositoryName: String?) -> String {
        encode(memory, repositoryName: repositoryName, header: [])
    }

    /// The file text of `memory` under `header`, the person's leading comment lines (from
    /// ``leadingComments(of:)``); with no header, the bot writes its own line naming `repositoryName`.
    public static func encode(_ memory: ExpertiseMemory, repositoryName: String?, header: [String]) -> String {
        let comments = header.filter(isCommentLine)
        var lines = comments.isEmpty ? [MemoryHeader.generatedLine(repositoryName: repositoryName)] : comments
        lines.append(MemoryHeader.ledgerLine(memory.ledger))
        return lines.joined(separator: "\n") + "\n" + yaml(MemoryEncoder.node(memory))
    }

    /// The person's comment lines at the top of `text` (before the first line of YAML), without the bot's
    /// header and ledger lines: what ``encode(_:repositoryName:header:)`` writes back.
    public static func leadingComments(of text: String) -> [String] {
        MemoryHeader(text).comments
    }

    /// A header line may only be a single comment line; anything else would change the document.
    private static func isCommentLine(_ line: String) -> Bool {
        line.drop { $0 == " " || $0 == "\t" }.hasPrefix("#") && !line.contains(where: MemoryHeader.isLineBreak)
    }

    private static func yaml(_ node: Node) -> String {
        do {
            // width -1: never fold long lines; allowUnicode: Spanish text stays readable.
            return try Yams.serialize(node: node, width: -1, allowUnicode: true)
        } catch {
            // The tree is built from strings, numbers, lists and mappings only, which libyaml always emits.
            preconditionFailure("Yams could not emit an expertise memory: \(error)")
        }
    }
}
