import Foundation

/// Writes generated files under a root directory, creating each folder once.
enum GeneratorOutput {
    static func write(_ files: [GeneratedFile], into root: URL) throws {
        let fileManager = FileManager.default
        var created = Set<String>()
        for file in files {
            let url = root.appendingPathComponent(file.path)
            let folder = url.deletingLastPathComponent()
            if created.insert(folder.path).inserted {
                try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            try Data(file.text.utf8).write(to: url)
        }
    }

    /// The base commit's only file; it is not part of the diff.
    static func readme(seed: UInt64) -> String {
        """
        # Generated multi-tenant FastAPI project

        Written by `backend-review-bench generate --seed \(seed)` as review benchmark input.
        The head commit adds every Python file; the base commit holds only this README.

        """
    }
}
