/// The rules a review runs with: the bundled checklist, an admin directory, or both.
public struct Catalog: Sendable {
    public var rules: [Rule]

    public init(rules: [Rule]) {
        self.rules = rules
    }

    /// Repository-relative project files some rule reads (e.g. `pyproject.toml` for `asyncio_mode`).
    /// The engine supplies their contents in `ChangeSet.projectFiles`.
    public var projectFilesNeeded: Set<String> {
        Set(rules.flatMap(\.matcher.projectFiles))
    }

    /// The rule with this id, if any.
    public func rule(id: String) -> Rule? {
        rules.first { $0.id == id }
    }
}
