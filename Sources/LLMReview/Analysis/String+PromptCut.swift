extension String {
    /// The string cut to `limit` characters, with a marker saying so.
    func cutForPrompt(to limit: Int) -> String {
        guard count > limit else { return self }
        return String(prefix(limit)) + " […truncated]"
    }
}
