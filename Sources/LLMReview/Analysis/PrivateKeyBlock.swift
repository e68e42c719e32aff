import Foundation

/// `-----BEGIN … PRIVATE KEY-----` … `-----END … PRIVATE KEY-----` (PEM, OpenSSH, PGP): the whole block is a
/// secret, including lines that look like nothing in particular.
enum PrivateKeyBlock {
    static let kind = "private-key"

    private static let begin = #"-----BEGIN[A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*-----"#
    private static let end = #"-----END[A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*-----"#

    /// A block in free text, or a block on one line with `\n` escapes; an unterminated block runs to the end.
    private static let blockRegex = makeRegex(begin + #"[\s\S]*?(?:"# + end + #"|\z)"#)
    /// The same within one line: an unterminated block runs to the end of the line.
    private static let lineBlockRegex = makeRegex(begin + #"[^\n]*?(?:"# + end + #"|$)"#)
    private static let beginRegex = makeRegex(begin)
    private static let endRegex = makeRegex(end)

    private static func makeRegex(_ pattern: String) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        } catch {
            preconditionFailure("invalid private key pattern: \(error)")
        }
    }

    /// Free text: each block becomes one placeholder.
    static func redactBlocks(in text: String) -> String {
        guard text.contains("PRIVATE KEY") else { return text }
        return SecretPattern.replace(ranges(of: blockRegex, in: text), in: text, with: placeholder)
    }

    /// Lines of a file: every line of a block becomes a placeholder, so the line count stays the same.
    static func redactLines(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.contains("PRIVATE KEY") }) else { return lines }
        var output: [String] = []
        output.reserveCapacity(lines.count)
        var inBlock = false
        for line in lines {
            if inBlock {
                if let endMatch = ranges(of: endRegex, in: line).first {
                    inBlock = false
                    output.append(placeholder + line[endMatch.upperBound...])
                } else {
                    output.append(placeholder)
                }
                continue
            }
            guard line.contains("PRIVATE KEY") else {
                output.append(line)
                continue
            }
            let blocks = ranges(of: lineBlockRegex, in: line)
            output.append(SecretPattern.replace(blocks, in: line, with: placeholder))
            // A BEGIN whose END is not on this line opens a block over the next lines.
            if let lastBegin = ranges(of: beginRegex, in: line).last {
                let closed = ranges(of: endRegex, in: line).contains { $0.lowerBound > lastBegin.lowerBound }
                inBlock = !closed
            }
        }
        return output
    }

    private static var placeholder: String { SecretRedactor.placeholder(kind) }

    private static func ranges(of regex: NSRegularExpression, in text: String) -> [Range<String.Index>] {
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text) }
    }
}
