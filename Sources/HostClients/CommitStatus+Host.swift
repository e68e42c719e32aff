import Hosts

extension CommitStatus {
    /// The longest description hosts accept (GitHub's limit; GitLab and Gitea take at least as much).
    static let maxDescriptionLength = 140

    /// The description cut to ``maxDescriptionLength`` characters, ending in `…` when cut.
    var truncatedDescription: String {
        guard description.count > Self.maxDescriptionLength else { return description }
        return String(description.prefix(Self.maxDescriptionLength - 1)) + "…"
    }
}
