import Foundation
import Hosts

extension GiteaClient {
    /// The longest quoted command line, in characters, before it is cut with `…`.
    public static let quoteLimit = 100

    /// Gitea and Forgejo have no API to answer a review comment in its thread, so every answer is an issue comment
    /// (`POST /repos/{o}/{r}/issues/{n}/comments`) that starts by quoting what it answers:
    /// `> @author: first line of the comment`, then a blank line and `body`.
    public func reply(_ ref: PullRequestRef, in thread: CommentThread, body: String) async throws -> HostComment {
        try await createComment(ref, body: Self.quotedReply(to: thread, body: body))
    }

    /// `> @author: first non-blank line` (at most ``quoteLimit`` characters), a blank line, `body`: the answer
    /// ``reply(_:in:body:)`` posts, for tools that show what would be sent.
    public static func quotedReply(to thread: CommentThread, body: String) -> String {
        let firstLine = thread.quotedBody.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? ""
        let quote = firstLine.count > quoteLimit ? String(firstLine.prefix(quoteLimit - 1)) + "…" : firstLine
        let author = thread.author.isEmpty ? "" : "@\(thread.author): "
        return "> \(author)\(quote)\n\n\(body)"
    }
}
