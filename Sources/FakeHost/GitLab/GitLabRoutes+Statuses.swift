import Foundation

extension GitLabRoutes {
    private static let statusStates: Set<String> = ["pending", "running", "success", "failed", "canceled"]

    /// `POST /projects/{id}/statuses/{sha}` → 201. Like GitLab, re-posting `pending` over `pending`
    /// (or `running` over `running`, `pending` over `running`) for one sha and name is a 400
    /// state-transition error, unless `strictGitLabStatusTransitions` is off.
    static func createStatus(
        _ request: FakeRequest, key: RepositoryKey, sha: String, caller: HostAuth.Grant, _ state: inout FakeState
    ) -> FakeResponse {
        guard let project = state.repositories[key] else { return .message(404, "404 Project Not Found") }
        guard let params = parameters(request) else { return .message(400, "400 Bad request - invalid JSON") }
        guard let value = params["state"]?.stringValue else { return .json(400, ["error": "state is missing"]) }
        guard statusStates.contains(value) else { return .json(400, ["error": "state does not have a valid value"]) }
        guard project.knowsCommit(sha) else { return .message(404, "404 References for commit Not Found") }
        let name = params["name"]?.stringValue ?? params["context"]?.stringValue ?? "default"
        if state.strictGitLabStatusTransitions,
            let previous = project.statuses.last(where: { $0.sha == sha && $0.context == name }),
            let event = refusedTransition(from: previous.state, to: value)
        {
            return .message(
                400,
                "Cannot transition status via :\(event) from :\(previous.state) (Reason(s): Status cannot transition via \"\(event)\")"
            )
        }
        let status = FakeStatus(
            id: state.nextID(), sha: sha, state: value, context: name, description: params["description"]?.stringValue,
            targetURL: params["target_url"]?.stringValue, author: caller.login, createdOrder: state.nextSequence(),
            createdAt: request.now
        )
        state.repositories[key]?.statuses.append(status)
        let ref = params["ref"]?.stringValue ?? project.pulls.values.first { $0.current.headSHA == sha }?.headRef
        return .json(201, GitLabJSON.status(status, ref: ref, &state))
    }

    /// The state-machine event GitLab would refuse, if any.
    private static func refusedTransition(from previous: String, to next: String) -> String? {
        switch (previous, next) {
        case ("pending", "pending"), ("running", "pending"): "enqueue"
        case ("running", "running"): "run"
        default: nil
        }
    }
}
