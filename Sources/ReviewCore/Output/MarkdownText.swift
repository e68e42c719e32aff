/// Makes user-controlled text (paths, snippets, model output) safe to drop into a comment: it can keep
/// its markdown, but no raw HTML passes through, an unclosed code fence cannot swallow the rest of the
/// comment, and nothing can forge the bot's hidden markers.
enum MarkdownText {
    /// `text` as an inline code span, whatever backticks and newlines it holds.
    static func codeSpan(_ text: String) -> String {
        let flat = defuseMarkers(singleLine(text))
        // Two backticks alone would render literally; an empty span says nothing anyway.
        guard !flat.isEmpty else { return "" }
        let longestRun = flat.split { $0 != "`" }.map(\.count).max() ?? 0
        let fence = String(repeating: "`", count: longestRun + 1)
        // A span starting or ending with a backtick needs a space so the fence stays separate.
        let padded = flat.hasPrefix("`") || flat.hasSuffix("`") ? " \(flat) " : flat
        return fence + padded + fence
    }

    /// Text for a one-line place (a title, a list item): newlines become spaces, markdown emphasis and
    /// link brackets are escaped outside code spans, HTML is neutralised.
    static func inline(_ text: String) -> String {
        sanitizeLine(singleLine(text), escapePunctuation: true)
    }

    /// Prose that may keep its markdown (paragraphs, lists, code): HTML outside code is neutralised and
    /// an unclosed fence is closed at the end of the text.
    static func block(_ text: String) -> String {
        var output: [String] = []
        var openFence: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.drop { $0 == " " }
            if let fence = openFence {
                output.append(defuseMarkers(line))
                if trimmed.hasPrefix(fence), trimmed.allSatisfy({ $0 == fence.first || $0 == " " }) {
                    openFence = nil
                }
            } else if let fence = fenceOpening(trimmed) {
                openFence = fence
                output.append(defuseMarkers(line))
            } else {
                output.append(sanitizeLine(line, escapePunctuation: false))
            }
        }
        if let fence = openFence { output.append(fence) }
        return output.joined(separator: "\n")
    }

    /// Replaces carriage returns and newlines with spaces and trims the ends.
    static func singleLine(_ text: String) -> String {
        trimming(" \t", from: text.split(whereSeparator: { $0.isNewline }).joined(separator: " "))
    }

    private static func fenceOpening(_ line: Substring) -> String? {
        for marker: Character in ["`", "~"] {
            let run = line.prefix { $0 == marker }
            if run.count >= 3 { return String(run) }
        }
        return nil
    }

    /// One line outside any fence: code spans pass through (defused), the rest is escaped.
    private static func sanitizeLine(_ line: String, escapePunctuation: Bool) -> String {
        var output = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "`" {
                let run = String(line[index...].prefix { $0 == "`" })
                let afterOpen = line.index(index, offsetBy: run.count)
                if let close = closingRun(run, in: line, from: afterOpen) {
                    output += run + defuseMarkers(String(line[afterOpen..<close.lowerBound])) + run
                    index = close.upperBound
                } else {
                    output += String(repeating: "\\`", count: run.count)
                    index = afterOpen
                }
                continue
            }
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\\", "*", "_", "[", "]", "|":
                if escapePunctuation { output += "\\" }
                output.append(character)
            default: output.append(character)
            }
            index = line.index(after: index)
        }
        return output
    }

    /// The next backtick run of exactly `run`'s length (CommonMark's rule for closing a code span).
    private static func closingRun(_ run: String, in line: String, from start: String.Index) -> Range<String.Index>? {
        var index = start
        while index < line.endIndex {
            if line[index] == "`" {
                let candidate = line[index...].prefix { $0 == "`" }
                let end = line.index(index, offsetBy: candidate.count)
                if candidate.count == run.count { return index..<end }
                index = end
            } else {
                index = line.index(after: index)
            }
        }
        return nil
    }

    /// Breaks `<!--` with a zero-width joiner so text shown as code cannot contain a marker the bot
    /// would later mistake for one of its own.
    static func defuseMarkers(_ text: String) -> String {
        replacing("-->", with: "--\u{200D}>", in: replacing("<!--", with: "<\u{200D}!--", in: text))
    }
}

extension MarkdownText {
    /// Every occurrence of `target` in `text` replaced (Foundation-free).
    static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        guard !target.isEmpty, text.contains(target) else { return text }
        return text.split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    /// `text` without leading and trailing characters from `set`.
    static func trimming(_ set: String, from text: String) -> String {
        var slice = Substring(text)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
