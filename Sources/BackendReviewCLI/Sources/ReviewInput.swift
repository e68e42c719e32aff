import Checklists
import Foundation
import ReviewCore
import ReviewEngine

/// The change a CLI review looks at: its diff, where its head contents come from, and what
/// its author said about it (for the answer language).
struct ReviewInput {
    var diff: UnifiedDiff
    var contents: any ContentSource
    var description: [String]

    static func load(git: String?, diff: String?, root: String?, catalog: Catalog) throws -> ReviewInput {
        let rootPath = root ?? FileManager.default.currentDirectoryPath
        if let git {
            let repository = try GitRepository(path: rootPath)
            let range = try GitRange(parsing: git)
            let diff = UnifiedDiff(parsing: try repository.diff(range))
            let paths = diff.files.filter { $0.status != .deleted && !$0.isBinary }.map(\.path)
            let contents = try repository.contents(at: range.head, paths: paths + catalog.projectFilesNeeded.sorted())
            return ReviewInput(
                diff: diff,
                contents: InMemoryContentSource(files: contents),
                description: try repository.messages(range)
            )
        }
        guard let diff else { throw CLIError("give a change to review: --git BASE..HEAD or --diff FILE|-") }
        let bytes = try readDiff(diff)
        let contents: any ContentSource = root.map { DirectoryContentSource(root: $0) } ?? EmptyContentSource()
        if let root { try DirectoryContentSource.checkExists(root) }
        return ReviewInput(diff: UnifiedDiff(parsing: bytes), contents: contents, description: [])
    }

    private static func readDiff(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read diff \(path): no such file or not readable")
        }
        return [UInt8](data)
    }
}
