import Foundation
import HostClients
import Hosts

/// The writes of `replay --dry-run`: each request the host adapter would send is printed (method, path and
/// JSON body in the host's own API shape) and none is sent.
struct DryRunHost: CodeHost {
    let kind: HostKind
    let print: @Sendable (String) -> Void

    func botLogin() async throws -> String { "backend-review[dry-run]" }
    func pullRequest(_ ref: PullRequestRef) async throws -> PullRequestSnapshot { throw unsupported("pullRequest") }
    func diff(_ ref: PullRequestRef, snapshot: PullRequestSnapshot) async throws -> [UInt8] { throw unsupported("diff") }
    func fileContents(_ repository: RepositoryInfo, path: String, ref: String) async throws -> [UInt8]? { nil }
    func comments(_ ref: PullRequestRef) async throws -> [HostComment] { [] }

    func postInlineComments(_ ref: PullRequestRef, snapshot: PullRequestSnapshot, comments: [InlineCommentDraft]) async throws {
        let repo = repoPath(ref)
        switch kind {
        case .github:
            for batch in stride(from: 0, to: comments.count, by: 30).map({ Array(comments[$0..<min($0 + 30, comments.count)]) }) {
                emit("POST", "/repos/\(repo)/pulls/\(ref.number)/reviews", [
                    "commit_id": snapshot.headSHA, "event": "COMMENT",
                    "comments": batch.map { ["path": $0.path, "line": $0.line, "side": "RIGHT", "body": $0.body] as [String: Any] },
                ])
            }
        case .gitlab:
            for comment in comments {
                var position: [String: Any] = [
                    "position_type": "text", "base_sha": snapshot.baseSHA, "start_sha": snapshot.startSHA ?? snapshot.baseSHA,
                    "head_sha": snapshot.headSHA, "old_path": comment.oldPath ?? comment.path, "new_path": comment.path,
                    "new_line": comment.line,
                ]
                if let old = comment.oldLine { position["old_line"] = old }
                emit("POST", "/projects/\(repo)/merge_requests/\(ref.number)/discussions", ["body": comment.body, "position": position])
            }
        case .gitea:
            emit("POST", "/repos/\(repo)/pulls/\(ref.number)/reviews", [
                "commit_id": snapshot.headSHA, "event": "COMMENT", "body": "",
                "comments": comments.map { ["path": $0.path, "body": $0.body, "new_position": $0.line, "old_position": 0] as [String: Any] },
            ])
        }
    }

    func createComment(_ ref: PullRequestRef, body: String) async throws -> HostComment {
        let path = kind == .gitlab
            ? "/projects/\(repoPath(ref))/merge_requests/\(ref.number)/notes"
            : "/repos/\(repoPath(ref))/issues/\(ref.number)/comments"
        emit("POST", path, ["body": body])
        return HostComment(id: "0", body: body, author: try await botLogin())
    }

    func updateComment(_ ref: PullRequestRef, comment: HostComment, body: String) async throws {
        let path = kind == .gitlab
            ? "/projects/\(repoPath(ref))/merge_requests/\(ref.number)/notes/\(comment.id)"
            : "/repos/\(repoPath(ref))/issues/comments/\(comment.id)"
        emit(kind == .gitlab ? "PUT" : "PATCH", path, ["body": body])
    }

    func setStatus(_ ref: PullRequestRef, sha: String, status: CommitStatus) async throws {
        switch kind {
        case .gitlab:
            let state = switch status.state {
            case .pending: "pending"
            case .success: "success"
            case .failure, .error: "failed"
            }
            emit("POST", "/projects/\(repoPath(ref))/statuses/\(sha)", [
                "state": state, "name": status.context, "description": status.description,
            ])
        case .github, .gitea:
            emit("POST", "/repos/\(repoPath(ref))/statuses/\(sha)", [
                "state": status.state.rawValue, "context": status.context, "description": status.description,
            ])
        }
    }

    /// What a write-access check would ask; a dry run answers ``RepositoryPermission/admin`` (the operator runs it).
    func permission(_ repository: RepositoryInfo, user: String) async throws -> RepositoryPermission {
        let path = kind == .gitlab
            ? "/projects/\(repoPath(repository))/members/all?query=\(Self.encoded(user))"
            : "/repos/\(repoPath(repository))/collaborators/\(Self.encoded(user))/permission"
        print("GET \(path)\n")
        return .admin
    }

    /// The answer in the thread, as each host's adapter would send it.
    func reply(_ ref: PullRequestRef, in thread: CommentThread, body: String) async throws -> HostComment {
        switch kind {
        case .github where thread.isReviewComment:
            let root = thread.rootCommentID ?? thread.commentID
            emit("POST", "/repos/\(repoPath(ref))/pulls/\(ref.number)/comments/\(root)/replies", ["body": body])
            return HostComment(id: "0", body: body, author: try await botLogin())
        case .gitlab:
            if let discussion = thread.discussionID, !discussion.isEmpty {
                emit("POST", "/projects/\(repoPath(ref))/merge_requests/\(ref.number)/discussions/\(discussion)/notes", ["body": body])
                return HostComment(id: "0", threadID: discussion, body: body, author: try await botLogin())
            }
            return try await createComment(ref, body: body)
        case .gitea:
            return try await createComment(ref, body: GiteaClient.quotedReply(to: thread, body: body))
        case .github:
            return try await createComment(ref, body: body)
        }
    }

    /// RFC 3986 unreserved characters: GitLab's project id is the path with everything else encoded.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private func repoPath(_ ref: PullRequestRef) -> String {
        repoPath(ref.repository)
    }

    private func repoPath(_ repository: RepositoryInfo) -> String {
        kind == .gitlab ? Self.encoded(repository.fullPath) : repository.fullPath
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private func emit(_ method: String, _ path: String, _ body: [String: Any]) {
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        print("\(method) \(path)\n\(String(decoding: data, as: UTF8.self))\n")
    }

    private func unsupported(_ call: String) -> HostAPIError {
        HostAPIError(kind: .rejected, request: call, message: "a dry run sends no request")
    }
}
