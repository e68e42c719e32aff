import Expertise
import Foundation
import Hosts
import LLMReview
import Logging
import ReviewCore
import ReviewServer

/// The whole service configuration, resolved from defaults, the YAML file (`--config`), the environment and
/// the command line, in that order of precedence. Load it with ``load(file:environment:flags:)``.
struct AppConfiguration: Sendable {
    struct Server: Sendable {
        var bind = "0.0.0.0"
        var port = 8080
        var maxBodyBytes = ServerSettings.defaultMaxBodyBytes
        var logFormat = LogFormat.text
        var logLevel = Logger.Level.info
    }

    struct Review: Sendable {
        /// Review draft pull requests too.
        var drafts = false
        /// The commit status fails when a finding is at or above this severity (a repository's own
        /// `.backend-review.yml` may change it).
        var failOn = Severity.high
    }

    struct Worker: Sendable {
        var concurrency = 2
        var leaseSeconds = 300
        var maxAttempts = 5
    }

    /// The expertise memory (seed §4 and §9), one per reviewed repository under the data directory.
    struct Memory: Sendable {
        var enabled = true
        /// Also read the repository's own `ai_docs/expertise/domain-experts/backend.yaml` from its default branch.
        var teamMemory = true
        /// The name reviewers mention to give commands: `@backend-review dismiss`.
        var mention = "backend-review"
        var settings = ExpertiseSettings()
    }

    /// The model analysis; `nil` (the default) reviews with the rules alone.
    var llm: LLMSettings?

    var server = Server()
    /// Where the SQLite queue and other state live.
    var dataDirectory = "data"
    /// The queue's store; with PostgreSQL the expertise memory is kept there too (several replicas).
    var queue = QueueBackend.sqlite
    /// The admins' checklist directory; `nil`: the bundled checklists only.
    var checklistsDirectory: String?
    var review = Review()
    var worker = Worker()
    var memory = Memory()
    /// One entry per host, enabled or not.
    var hosts: [HostKind: HostConfiguration] = Dictionary(
        uniqueKeysWithValues: HostKind.allCases.map { ($0, HostConfiguration(host: $0)) }
    )

    /// The configuration of `host`.
    func host(_ host: HostKind) -> HostConfiguration {
        hosts[host] ?? HostConfiguration(host: host)
    }
}
