import Hosts
import ReviewCore

/// The bot's finding comment a `dismiss` or `accept` answers: the thread's first comment on GitHub, the
/// discussion's first note on GitLab, and on Gitea/Forgejo (no reply threads) the bot's finding on the same line.
/// A conversation comment that quotes a finding (a "quote reply": its rule id and file in the quoted lines) names
/// that finding on every host. Only the bot's own comments count, so a pasted marker cannot aim feedback at
/// another rule.
struct FindingTarget: Sendable, Hashable {
    var ruleID: String
    var path: String

    static func find(for event: CommentEvent, host: any CodeHost, botLogin: String) async throws -> FindingTarget? {
        let own = try await host.comments(event.ref).filter {
            $0.isInline && $0.author?.caseInsensitiveCompare(botLogin) == .orderedSame
                && InlineComment.ruleID(in: $0.body) != nil
        }
        var candidates: [HostComment]
        if let root = event.inReplyToID {
            candidates = own.filter { $0.id == String(root) }
        } else if let discussion = event.discussionID {
            candidates = Array(own.filter { $0.threadID == discussion }.prefix(1))
        } else if let position = event.position, let line = position.line {
            candidates = own.filter { $0.path == position.path && $0.line == line }
        } else {
            candidates = []
        }
        if candidates.isEmpty { candidates = quoted(in: event.body, own) }
        let targets = Set(candidates.compactMap { comment -> FindingTarget? in
            guard let rule = InlineComment.ruleID(in: comment.body), let path = comment.path else { return nil }
            return FindingTarget(ruleID: rule, path: path)
        })
        // Two different findings on one line (Gitea) cannot be told apart: ask for a reply instead of guessing.
        return targets.count == 1 ? targets.first : nil
    }

    /// The bot's findings whose rule id (as a code span) and path both appear in the comment's quoted lines.
    private static func quoted(in body: String, _ own: [HostComment]) -> [HostComment] {
        let quote = body.split(separator: "\n")
            .filter { $0.drop { $0 == " " }.hasPrefix(">") }
            .joined(separator: "\n")
        guard !quote.isEmpty else { return [] }
        return own.filter { comment in
            guard let rule = InlineComment.ruleID(in: comment.body), let path = comment.path else { return false }
            return quote.contains("`\(rule)`") && quote.contains(path)
        }
    }
}
