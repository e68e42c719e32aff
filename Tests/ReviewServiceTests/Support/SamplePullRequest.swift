import Foundation
import Hosts

/// The bundled Spanish sample pull request (`webhooks/sample-pr`), as a host would serve it.
enum SamplePullRequest {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = root.appendingPathComponent("webhooks/sample-pr")

    static var diff: String { read("change.diff") }
    static var description: (title: String, body: String) {
        let text = read("description.md")
        let parts = text.split(separator: "\n", maxSplits: 1)
        return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
    }

    /// Every file under `head/`, keyed by repository path.
    static var files: [String: String] {
        let head = directory.appendingPathComponent("head")
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: head, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(head.standardizedFileURL.path.count + 1))
            files[path] = try? String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    static let repository = RepositoryInfo(
        id: 1, owner: "acme", name: "reservas", fullPath: "acme/reservas", cloneURL: nil, webURL: nil,
        defaultBranch: "main")

    static func snapshot(head: String = "head1") -> PullRequestSnapshot {
        PullRequestSnapshot(
            title: description.title, body: description.body, headSHA: head, baseSHA: "base1",
            headRef: "feature/onboarding", baseRef: "main", defaultBranch: "main", isDraft: false, isOpen: true,
            author: "dev")
    }

    static func event(action: PullRequestEvent.Action = .opened, head: String = "head1") -> PullRequestEvent {
        PullRequestEvent(
            host: .github, repository: repository, number: 42, title: description.title, body: description.body,
            author: "dev", sender: "dev", action: action, head: .init(ref: "feature/onboarding", sha: head),
            base: .init(ref: "main", sha: "base1"), isDraft: false, htmlURL: nil, installationID: nil)
    }

    private static func read(_ name: String) -> String {
        (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }
}
