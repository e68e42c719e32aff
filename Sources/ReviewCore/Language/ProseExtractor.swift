/// Strips what is not prose from a pull request text: fenced code, inline code, URLs, paths and
/// identifiers. All of these are English-looking whatever the author's language.
enum ProseExtractor {
    /// `text` without fenced blocks and inline code spans.
    static func prose(of text: String) -> String {
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "`" {
                let run = text[index...].prefix { $0 == "`" }
                let fence = String(run)
                let afterOpen = text.index(index, offsetBy: run.count)
                if let close = text[afterOpen...].firstRange(of: fence) {
                    output.append(" ")
                    index = close.upperBound
                    continue
                }
                // An unmatched backtick run is literal text; drop just the backticks.
                index = afterOpen
                continue
            }
            output.append(text[index])
            index = text.index(after: index)
        }
        return output
    }

    /// The lowercase words of `prose` that could be natural language.
    static func words(of prose: String) -> [String] {
        prose.split(whereSeparator: \.isWhitespace).flatMap { raw -> [String] in
            // A markdown link's text is prose even though its target is a URL: `[reservas](https://…)`.
            let token = raw.firstRange(of: "](").map { raw[..<$0.lowerBound].drop { $0 == "[" } } ?? raw
            if looksLikeCode(token) { return [] }
            return token.split { !$0.isLetter }.map { $0.lowercased() }
        }
    }

    /// URLs, paths, dotted names, snake_case, camelCase and calls.
    private static func looksLikeCode(_ token: Substring) -> Bool {
        let trimmed = token.trimmingCharacters(in: ".,;:!?¿¡()[]\"'")
        if trimmed.contains("://") || trimmed.hasPrefix("www.") { return true }
        if trimmed.contains("_") || trimmed.contains("/") || trimmed.contains("\\") || trimmed.contains("=") {
            return true
        }
        if trimmed.contains("(") || trimmed.contains(".") || trimmed.contains("#") || trimmed.contains("@") {
            return true
        }
        // camelCase or PascalCase with an inner capital: `BookingRepository`, `getById`.
        let letters = Array(trimmed)
        for (previous, current) in zip(letters, letters.dropFirst())
        where previous.isLowercase && current.isUppercase {
            return true
        }
        return false
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var slice = self
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return slice
    }
}
