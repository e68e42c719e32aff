/// A finding the bot posted on an earlier push that the current head no longer has: fixed, or its line removed.
/// Read back from the bot's own inline comment (its marker, path and line).
public struct ResolvedFinding: Sendable, Hashable, Codable {
    /// The fingerprint from the comment's marker.
    public var fingerprint: String
    /// The rule id from the marker, when present.
    public var ruleID: String?
    /// Where the comment was anchored.
    public var path: String?
    /// The line it was anchored to.
    public var line: Int?

    /// Creates an entry.
    public init(fingerprint: String, ruleID: String?, path: String?, line: Int?) {
        self.fingerprint = fingerprint
        self.ruleID = ruleID
        self.path = path
        self.line = line
    }
}

extension InlineComment {
    /// The rule id in a comment body written by `render`, or nil.
    public static func ruleID(in body: String) -> String? {
        guard let marker = body.ranges(of: markerPrefix).last?.upperBound,
              let start = body[marker...].range(of: " rule=")?.upperBound
        else { return nil }
        let value = body[start...].prefix { !$0.isWhitespace }
        return value.isEmpty ? nil : String(value)
    }
}

extension SummaryComment {
    /// The summary with a "resolved since the last review" section listing `resolved` (at most ``maxListed``).
    public static func render(_ report: ReviewReport, language: Language, resolved: [ResolvedFinding]) -> String {
        let body = render(report, language: language)
        guard !resolved.isEmpty else { return body }
        let heading = language == .es
            ? "### ✅ Resueltos desde la revisión anterior (\(resolved.count))"
            : "### ✅ Resolved since the last review (\(resolved.count))"
        let items = resolved.prefix(maxListed).map { item -> String in
            var location = item.path ?? ""
            if let line = item.line, !location.isEmpty { location += ":\(line)" }
            let place = location.isEmpty ? "" : MarkdownText.codeSpan(location) + " "
            return "- ~~" + place + MarkdownText.codeSpan(item.ruleID ?? item.fingerprint) + "~~"
        }
        let section = heading + "\n\n" + items.joined(separator: "\n")
        // Before the footer, which is the last block.
        guard let footer = body.ranges(of: "\n\n<sub>").last else { return body + "\n" + section + "\n" }
        return String(body[..<footer.lowerBound]) + "\n\n" + section + String(body[footer.lowerBound...])
    }
}
