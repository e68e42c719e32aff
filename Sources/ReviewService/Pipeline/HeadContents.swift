import Hosts
import ReviewCore
import ReviewEngine

/// Fetches the head contents of the changed files the checklist reads, a few at a time.
///
/// Files past ``PipelineSettings/maxFetchedFiles`` or larger than ``PipelineSettings/maxFileBytes`` are left to
/// the engine, which rebuilds them from the diff (line numbers stay true); the summary says so.
enum HeadContents {
    static func fetch(
        host: any CodeHost, repository: RepositoryInfo, sha: String, diff: UnifiedDiff, projectFiles: Set<String>,
        settings: PipelineSettings, notes: inout [String]
    ) async throws -> InMemoryContentSource {
        let changed = diff.files.filter { $0.status != .deleted && !$0.isBinary }.map(\.path)
        let fetched = Array(changed.prefix(settings.maxFetchedFiles))
        if changed.count > fetched.count {
            notes.append("\(changed.count - fetched.count) changed files were read from the diff only (more than \(settings.maxFetchedFiles) changed)")
        }
        let paths = fetched + projectFiles.sorted().filter { !fetched.contains($0) }
        let limit = settings.maxFileBytes
        let results = try await withThrowingTaskGroup(of: (String, [UInt8]?).self) { group in
            var files: [String: [UInt8]] = [:]
            var next = 0
            func add(_ group: inout ThrowingTaskGroup<(String, [UInt8]?), any Error>) {
                let path = paths[next]
                next += 1
                group.addTask { (path, try await host.fileContents(repository, path: path, ref: sha)) }
            }
            while next < paths.count && next < max(1, settings.fetchConcurrency) { add(&group) }
            while let (path, bytes) = try await group.next() {
                if let bytes { files[path] = bytes }
                if next < paths.count { add(&group) }
            }
            return files
        }
        var files: [String: [UInt8]] = [:]
        var oversized = 0
        for (path, bytes) in results {
            if bytes.count > limit { oversized += 1 } else { files[path] = bytes }
        }
        if oversized > 0 {
            notes.append("\(oversized) files larger than \(limit) bytes were read from the diff only")
        }
        return InMemoryContentSource(files: files)
    }
}
