import Foundation

/// Cleans model-written text before it is posted: no @mentions (`@user` → `user`), no HTML tags or comments
/// (so the model can never forge the bot's `<!-- backend-review:… -->` markers), no images (Markdown images,
/// raw image URLs), and a length cap. Code spans and fences keep their text (a decorator such as
/// `@pytest.mark.asyncio` stays), but even there HTML comments go.
///
/// ```swift
/// ModelTextSanitizer.sanitize("cc @admin <!-- backend-review:summary --> ![x](https://e.vil/x.png)", limit: 2_000)
/// // "cc admin"
/// ```
public enum ModelTextSanitizer {
    /// `text` sanitised and cut to `limit` characters (an ellipsis marks a cut).
    public static func sanitize(_ text: String, limit: Int) -> String {
        var text = text.replacingOccurrences(of: "\r\n", with: "\n")
        text = String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowedScalar)))
        text = removingComments(from: text)
        var lines: [String] = []
        var openFence: Substring?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let fence = openFence {
                if trimmed.hasPrefix(fence), trimmed.allSatisfy({ $0 == fence.first || $0 == " " }) { openFence = nil }
                lines.append(String(line))
            } else if let fence = fenceOpening(trimmed) {
                openFence = fence
                lines.append(String(line))
            } else {
                lines.append(sanitizeProse(String(line)))
            }
        }
        // Removing a tag can join `<!` and `--` into a new comment opener: check once more.
        let cleaned = removingComments(from: lines.joined(separator: "\n"))
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard cleaned.count > limit else { return cleaned }
        return String(cleaned.prefix(max(0, limit - 1))) + "…"
    }

    /// Removes HTML comments and any `<!--` or `-->` left over, until none is left (removing one piece can
    /// join its neighbours into a new one: `<!<!---->--`).
    private static func removingComments(from text: String) -> String {
        var text = text
        while true {
            let next = htmlComment.stripping(from: text)
                .replacingOccurrences(of: "<!--", with: "").replacingOccurrences(of: "-->", with: "")
            if next == text { return text }
            text = next
        }
    }

    /// One line outside fences: code spans stay, the rest loses images, HTML and mentions.
    private static func sanitizeProse(_ line: String) -> String {
        var output = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "`") {
            let run = rest[open...].prefix { $0 == "`" }
            let afterRun = run.endIndex
            guard let close = rest[afterRun...].range(of: String(run)) else { break }
            output += cleanProse(String(rest[..<open]))
            output += rest[open..<close.upperBound]
            rest = rest[close.upperBound...]
        }
        return output + cleanProse(String(rest))
    }

    private static func cleanProse(_ text: String) -> String {
        var text = text
        for pattern in prosePatterns { text = pattern.stripping(from: text) }
        text = mention.replacing(in: text, with: "$1$2")
        // A `<` left before a letter could still open a tag the renderer sees: drop it.
        return leftoverTagOpen.stripping(from: text)
    }

    private static func fenceOpening(_ line: Substring) -> Substring? {
        for marker: Character in ["`", "~"] {
            let run = line.prefix { $0 == marker }
            if run.count >= 3 { return run }
        }
        return nil
    }

    /// Newlines and tabs stay; other control and format characters (zero-width, bidi overrides) go.
    private static func isAllowedScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\t" { return true }
        switch scalar.properties.generalCategory {
        case .control, .format: return false
        default: return true
        }
    }

    private static let htmlComment = Pattern(#"<!--[\s\S]*?(?:-->|\z)"#)
    private static let prosePatterns = [
        Pattern(#"!\[[^\]]*\]\([^)]*\)"#),  // ![alt](url)
        Pattern(#"!\[[^\]]*\]\[[^\]]*\]"#),  // ![alt][ref]
        Pattern(#"(?i)\bhttps?://[^\s)>\]]+\.(?:png|jpe?g|gif|svg|webp|bmp|ico|avif)(?:[?#][^\s)>\]]*)?"#),
        Pattern(#"</?[A-Za-z][A-Za-z0-9\-]*(?:\s[^<>]*)?/?>"#),  // tags
        Pattern(#"<[!?][^<>]*>"#),  // <!DOCTYPE>, <?xml?>
    ]
    /// `@name` or `@org/team` not inside a word or an e-mail address.
    private static let mention = Pattern(#"(^|[^A-Za-z0-9_./\-])@+([A-Za-z0-9][A-Za-z0-9_\-]*(?:/[A-Za-z0-9_.\-]+)?)"#)
    private static let leftoverTagOpen = Pattern(#"<(?=[A-Za-z/!?])"#)

    /// A regular expression literal checked by the tests.
    private struct Pattern: Sendable {
        let regex: NSRegularExpression

        init(_ pattern: String) {
            do {
                regex = try NSRegularExpression(pattern: pattern)
            } catch {
                preconditionFailure("invalid sanitizer pattern: \(error)")
            }
        }

        func stripping(from text: String) -> String { replacing(in: text, with: "") }

        func replacing(in text: String, with template: String) -> String {
            regex.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
    }
}
