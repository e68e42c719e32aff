import Foundation
import Hosts
import ReviewCore
import Synchronization

/// An in-memory `CodeHost` for pipeline tests: one pull request, its diff and files, and the comments posted.
/// Like the real hosts it refuses inline comments off the diff (the test fails if the bot ever asks).
final class MemoryHost: CodeHost, Sendable {
    struct State {
        var snapshot: PullRequestSnapshot
        var diff: String
        var files: [String: String]
        var defaultBranchFiles: [String: String] = [:]
        var comments: [HostComment] = []
        var statuses: [CommitStatus] = []
        var offDiffRequests = 0
        var failPostsAfter: Int?
        var calls: [String] = []
        var nextID = 1
        /// What ``permission(_:user:)`` answers per login; anyone else is `.none`.
        var permissions: [String: RepositoryPermission] = [:]
        /// Every answer posted with ``reply(_:in:body:)``, oldest first.
        var replies: [(thread: CommentThread, comment: HostComment)] = []
    }

    let kind: HostKind = .github
    let login = "backend-review[bot]"
    let state: Mutex<State>

    init(snapshot: PullRequestSnapshot, diff: String, files: [String: String]) {
        state = Mutex(State(snapshot: snapshot, diff: diff, files: files))
    }

    func botLogin() async throws -> String { login }

    func pullRequest(_ ref: PullRequestRef) async throws -> PullRequestSnapshot {
        state.withLock { $0.calls.append("pullRequest"); return $0.snapshot }
    }

    func diff(_ ref: PullRequestRef, snapshot: PullRequestSnapshot) async throws -> [UInt8] {
        Array(state.withLock { $0.diff }.utf8)
    }

    func fileContents(_ repository: RepositoryInfo, path: String, ref: String) async throws -> [UInt8]? {
        state.withLock { state in
            state.calls.append("file \(path)@\(ref)")
            let files = ref == state.snapshot.headSHA ? state.files : state.defaultBranchFiles
            return files[path].map { Array($0.utf8) }
        }
    }

    func comments(_ ref: PullRequestRef) async throws -> [HostComment] { state.withLock { $0.comments } }

    func postInlineComments(_ ref: PullRequestRef, snapshot: PullRequestSnapshot, comments: [InlineCommentDraft]) async throws {
        try state.withLock { state in
            let diff = UnifiedDiff(parsing: state.diff)
            for comment in comments {
                if let limit = state.failPostsAfter {
                    if limit == 0 {
                        throw HostAPIError(kind: .serverError, status: 502, request: "POST reviews", message: "bad gateway")
                    }
                    state.failPostsAfter = limit - 1
                }
                guard let file = diff.file(at: comment.path), file.kind(ofNewLine: comment.line) != nil else {
                    state.offDiffRequests += 1
                    throw HostAPIError(kind: .rejected, status: 422, request: "POST reviews", message: "line must be part of the diff")
                }
                state.comments.append(HostComment(
                    id: "\(state.nextID)", body: comment.body, author: login, path: comment.path, line: comment.line))
                state.nextID += 1
            }
        }
    }

    func createComment(_ ref: PullRequestRef, body: String) async throws -> HostComment {
        state.withLock { state in
            let comment = HostComment(id: "\(state.nextID)", body: body, author: login)
            state.nextID += 1
            state.comments.append(comment)
            state.calls.append("createComment")
            return comment
        }
    }

    func updateComment(_ ref: PullRequestRef, comment: HostComment, body: String) async throws {
        state.withLock { state in
            state.calls.append("updateComment \(comment.id)")
            if let index = state.comments.firstIndex(where: { $0.id == comment.id }) { state.comments[index].body = body }
        }
    }

    func setStatus(_ ref: PullRequestRef, sha: String, status: CommitStatus) async throws {
        state.withLock { $0.statuses.append(status) }
    }

    func permission(_ repository: RepositoryInfo, user: String) async throws -> RepositoryPermission {
        state.withLock { state in
            state.calls.append("permission \(user)")
            return state.permissions[user] ?? .none
        }
    }

    func reply(_ ref: PullRequestRef, in thread: CommentThread, body: String) async throws -> HostComment {
        state.withLock { state in
            let comment = HostComment(id: "\(state.nextID)", threadID: thread.discussionID, body: body, author: login)
            state.nextID += 1
            state.comments.append(comment)
            state.replies.append((thread, comment))
            state.calls.append("reply \(thread.commentID)")
            return comment
        }
    }
}
