import Foundation

extension GitHubRoutes {
    /// `GET /repos/{o}/{r}/pulls/{n}`: JSON, or the unified diff for `Accept: application/vnd.github.diff`.
    static func pullRequest(_ request: FakeRequest, key: RepositoryKey, number: Int, _ state: inout FakeState) -> FakeResponse {
        guard let repo = state.repositories[key], let pull = repo.pulls[number] else { return GitHubErrors.notFound }
        if request.accepts("application/vnd.github.diff") || request.accepts("application/vnd.github.v3.diff") {
            return .bytes(200, pull.current.raw, contentType: "text/plain; charset=utf-8")
        }
        return .json(200, GitHubJSON.pullRequest(pull, repo, &state))
    }

    /// `GET /repos/{o}/{r}/contents/{path}?ref=R`: raw bytes for `Accept: application/vnd.github.raw`,
    /// else the base64 JSON form; 404 when the file is absent at that ref.
    static func contents(_ request: FakeRequest, key: RepositoryKey, path: String, _ state: FakeState) -> FakeResponse {
        guard let repo = state.repositories[key] else { return GitHubErrors.notFound }
        let ref = request.query("ref").flatMap { $0.isEmpty ? nil : $0 } ?? repo.defaultBranch
        guard let bytes = repo.file(path, ref: ref) else {
            return .json(
                404,
                [
                    "message": "Not Found",
                    "documentation_url": "https://docs.github.com/rest/repos/contents#get-repository-content",
                    "status": "404",
                ]
            )
        }
        if request.accepts("application/vnd.github.raw") || request.accepts("application/vnd.github.v3.raw") {
            return .bytes(200, bytes, contentType: "application/vnd.github.raw; charset=utf-8")
        }
        let api = "\(state.origin)/github/repos/\(repo.fullPath)"
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let sha = ContentHash.blobSHA(bytes)
        return .json(
            200,
            [
                "type": "file", "encoding": "base64", "size": .int(bytes.count), "name": .string(name),
                "path": .string(path), "content": .string(ContentHash.base64Lines(bytes)), "sha": .string(sha),
                "url": .string("\(api)/contents/\(path)?ref=\(ref)"),
                "git_url": .string("\(api)/git/blobs/\(sha)"),
                "html_url": .string("\(state.origin)/github/\(repo.fullPath)/blob/\(ref)/\(path)"),
                "download_url": .string("\(state.origin)/github/raw/\(repo.fullPath)/\(ref)/\(path)"),
            ]
        )
    }
}
