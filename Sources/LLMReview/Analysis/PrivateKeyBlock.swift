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
        let source = UTF16Text(text)
        return source.replacing(ranges(of: blockRegex, in: text, source), with: placeholder) ?? text
    }

    /// Lines of a file: every line of a block becomes a placeholder, so the line count stays the same.
    static func redactLines(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.contains("PRIVATE KEY") }) else { return lines }
        var output: [String] = []
        output.reserveCapacity(lines.count)
        var inBlock = false
        for line in lines {
            let source = UTF16Text(line)
            if inBlock {
                if let endMatch = ranges(of: endRegex, in: line, source).first {
                    inBlock = false
                    let end = endMatch.location + endMatch.length
                    output.append(placeholder + source.string(NSRange(location: end, length: source.count - end)))
                } else {
                    output.append(placeholder)
                }
                continue
            }
            guard line.contains("PRIVATE KEY") else {
                output.append(line)
                continue
            }
            let blocks = ranges(of: lineBlockRegex, in: line, source)
            output.append(source.replacing(blocks, with: placeholder) ?? line)
            // A BEGIN whose END is not on this line opens a block over the next lines.
            if let lastBegin = ranges(of: beginRegex, in: line, source).last {
                inBlock = !ranges(of: endRegex, in: line, source).contains { $0.location > lastBegin.location }
            }
        }
        return output
    }

    private static var placeholder: String { SecretRedactor.placeholder(kind) }

    private static func ranges(of regex: NSRegularExpression, in text: String, _ source: UTF16Text) -> [NSRange] {
        regex.matches(in: text, range: NSRange(location: 0, length: source.count)).map(\.range)
    }
}
