/// Where one memory lives.
public enum MemoryLocation: Sendable, Hashable {
    /// The bot's memory of a reviewed repository, under the data directory: `host` is the host's name (`github`,
    /// `gitlab`, `gitea`), `path` the repository's path on it (`owner/name`, or GitLab's `group/sub/name`).
    case repository(host: String, path: String)
    /// A memory file at an explicit path (the CLI's `review --git`, `expertise validate FILE`).
    case file(String)
}
