import Checklists
import FakeHost
import Foundation
import Hosts
import ReviewCore
import ReviewEngine
import ReviewService

/// The bundled sample pull request, seeded into the fake host for each host kind, plus the server's environment.
struct Scenario {
    static let secret = "e2e-webhook-secret-7f3a9c"
    static let token = "e2e-api-token-91b2d4"
    static let headSHA = "4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39"
    static let baseSHA = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"
    static let sample = ServerProcess.repositoryRoot.appendingPathComponent("webhooks/sample-pr")

    let fake: FakeHostServer

    /// What each host's sample delivery names.
    static func repository(_ kind: FakeHostKind) -> (owner: String, name: String, defaultBranch: String, eventName: String, payload: String) {
        switch kind {
        case .github: ("Codertocat", "Hello-World", "master", "pull_request", "webhooks/github/sample-pull-request.json")
        case .gitlab: ("gitlabhq", "gitlab-test", "master", "Merge Request Hook", "webhooks/gitlab/sample-merge-request.json")
        case .gitea: ("jcitizen", "my-repo", "master", "pull_request", "webhooks/gitea/sample-pull-request.json")
        }
    }

    static var diff: String { (try? String(contentsOf: sample.appendingPathComponent("change.diff"), encoding: .utf8)) ?? "" }

    static var headFiles: [String: String] {
        let head = sample.appendingPathComponent("head")
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: head, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(head.standardizedFileURL.path.count + 1))] =
                try? String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    /// Seeds pull request `number` of `kind`'s sample repository at the sample's head.
    func seed(_ kind: FakeHostKind, number: Int = 42) {
        let repo = Self.repository(kind)
        let fullPath = "\(repo.owner)/\(repo.name)"
        fake.addRepository(kind, owner: repo.owner, name: repo.name, defaultBranch: repo.defaultBranch, projectID: kind == .gitlab ? 1 : nil)
        for (path, text) in Self.headFiles {
            fake.setFile(kind, fullPath, ref: Self.headSHA, path: path, contents: text)
        }
        fake.addPullRequest(
            kind, fullPath, number: number, title: "Agrega onboarding de negocios, reporte diario y campañas",
            body: "Agrega el onboarding de negocios.", author: "dev", headRef: "feature/onboarding", headSHA: Self.headSHA,
            baseRef: repo.defaultBranch, baseSHA: Self.baseSHA, diff: Self.diff)
        fake.setToken(kind, Self.token)
    }

    /// The sample delivery body for `kind`, with the pull request number changed to `number`.
    static func payload(_ kind: FakeHostKind, number: Int = 42, action: String? = nil) throws -> Data {
        let url = ServerProcess.repositoryRoot.appendingPathComponent(repository(kind).payload)
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        switch kind {
        case .github, .gitea:
            json["number"] = number
            var pr = json["pull_request"] as! [String: Any]
            pr["number"] = number
            json["pull_request"] = pr
            if let action { json["action"] = action }
        case .gitlab:
            var attributes = json["object_attributes"] as! [String: Any]
            attributes["iid"] = number
            if let action { attributes["action"] = action; attributes["oldrev"] = Self.baseSHA }
            json["object_attributes"] = attributes
        }
        return try JSONSerialization.data(withJSONObject: json)
    }

    /// The server's environment: every host's secret, token and the fake's API URL.
    func environment(extra: [String: String] = [:]) -> [String: String] {
        var env = ["BACKEND_REVIEW_SERVER_BIND": "127.0.0.1", "BACKEND_REVIEW_REVIEW_FAIL_ON": "critical"]
        for kind in FakeHostKind.allCases {
            let name = kind.rawValue.uppercased()
            env["BACKEND_REVIEW_\(name)_WEBHOOK_SECRET"] = Self.secret
            env["BACKEND_REVIEW_\(name)_TOKEN"] = Self.token
            env["BACKEND_REVIEW_\(name)_API_URL"] = fake.baseURL(for: kind)
        }
        env.merge(extra) { $1 }
        return env
    }

    /// The inline comments a correct run posts, in order: the plan the pipeline makes with nothing posted yet.
    static func expectedInline(diff: String = Scenario.diff) throws -> [InlineCommentDraft] {
        let unified = UnifiedDiff(parsing: diff)
        let report = try ReviewEngine(catalog: Catalog.bundled()).review(
            diff: unified, contents: InMemoryContentSource(texts: headFiles),
            description: ["Agrega onboarding de negocios, reporte diario y campañas"])
        return PublicationPlan(report: report, diff: unified, existing: [], botLogin: "bot", failOn: nil).inline
    }
}
