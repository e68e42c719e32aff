/// Whether a seeded pull request is open, closed or merged (drives `state`, `merged`, GitLab `opened`).
public enum FakePullRequestState: String, Sendable, Hashable {
    case open, closed, merged
}
