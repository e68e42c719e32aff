import Checklists

/// Loads the checklists a command runs: an admin's directory, or the bundled defaults.
enum CatalogLoader {
    static func load(directory: String?) throws -> Catalog {
        do {
            if let directory { return try Catalog.load(directory: directory) }
            return try Catalog.bundled()
        } catch let error as ChecklistError {
            throw CLIError("invalid checklists: \(error)")
        }
    }
}
