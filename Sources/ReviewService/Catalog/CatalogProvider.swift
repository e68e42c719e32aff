import Checklists
import Foundation
import Logging
import Synchronization

/// The checklist every review runs with, swappable while the server runs: an admin's edit to the
/// checklist directory takes effect on SIGHUP or when a file changes, and an invalid edit keeps the previous
/// catalog (the error is logged with its file and line).
public final class CatalogProvider: Sendable {
    private let state: Mutex<Catalog>
    /// The admin directory, or `nil` for the bundled checklist only.
    public let directory: String?

    /// Loads the catalog once; throws when the first load fails (start-up must not run without rules).
    public init(directory: String?) throws {
        self.directory = directory
        state = Mutex(try Self.load(directory))
    }

    /// A provider with a fixed catalog.
    public init(catalog: Catalog) {
        directory = nil
        state = Mutex(catalog)
    }

    /// The catalog now.
    public var current: Catalog { state.withLock { $0 } }

    /// Reloads from the directory. On failure the previous catalog stays and the error is logged and returned.
    @discardableResult
    public func reload(logger: Logger) -> (any Error)? {
        do {
            let catalog = try Self.load(directory)
            state.withLock { $0 = catalog }
            logger.info("checklists reloaded", metadata: ["checklists.rules": "\(catalog.rules.count)"])
            return nil
        } catch {
            logger.error("checklist reload failed; keeping the previous checklists", metadata: ["error": "\(error)"])
            return error
        }
    }

    /// A fingerprint of the directory's YAML files (names, sizes, modification times) for change polling.
    public func directoryStamp() -> String? {
        guard let directory else { return nil }
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return nil }
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { name -> String in
            let attributes = try? manager.attributesOfItem(atPath: directory + "/" + name)
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(name):\(size):\(modified)"
        }.joined(separator: "|")
    }

    private static func load(_ directory: String?) throws -> Catalog {
        // As in `review --checklists`: an admin directory replaces the bundled checklist.
        guard let directory else { return try Catalog.bundled() }
        return try Catalog.load(directory: directory)
    }
}
