import Foundation

extension GitHubRoutes {
    private static let statusStates: Set<String> = ["pending", "success", "failure", "error"]

    /// `POST /repos/{o}/{r}/statuses/{sha}` → 201; 422 for an unknown state, a description over 140
    /// characters, or a sha the repository does not have.
    static func createStatus(
        _ request: FakeRequest, key: RepositoryKey, sha: String, caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        guard let repo = state.repositories[key] else { return GitHubErrors.notFound }
        guard let json = request.jsonBody, json.objectMembers != nil else { return GitHubErrors.problemsParsingJSON }
        guard let value = json["state"]?.stringValue, statusStates.contains(value) else {
            return GitHubErrors.validationFailed(resource: "Status", field: "state", code: "custom",
                message: "state is not included in the list")
        }
        let description = json["description"]?.stringValue
        if let description, description.count > 140 {
            return GitHubErrors.validationFailed(resource: "Status", field: "description", code: "custom",
                message: "description is too long (maximum is 140 characters)")
        }
        guard repo.knowsCommit(sha) else { return GitHubErrors.error(422, "No commit found for SHA: \(sha)") }
        let status = FakeStatus(
            id: state.nextID(), sha: sha, state: value, context: json["context"]?.stringValue ?? "default",
            description: description, targetURL: json["target_url"]?.stringValue, author: caller.login,
            createdOrder: state.nextSequence(), createdAt: request.now
        )
        state.repositories[key]?.statuses.append(status)
        return .json(201, GitHubJSON.status(status, repo, &state))
            .adding("location", "\(state.origin)/github/repos/\(repo.fullPath)/statuses/\(sha)")
    }
}
