// TEMPORARY (removed by the host-adapters branch): lets the other branches build while the adapters gain
// `permission` and `reply`.
extension CodeHost {
    public func permission(_ repository: RepositoryInfo, user: String) async throws -> RepositoryPermission {
        throw HostAPIError(kind: .invalidResponse, request: "permission", message: "not implemented yet")
    }

    public func reply(_ ref: PullRequestRef, in thread: CommentThread, body: String) async throws -> HostComment {
        throw HostAPIError(kind: .invalidResponse, request: "reply", message: "not implemented yet")
    }
}
