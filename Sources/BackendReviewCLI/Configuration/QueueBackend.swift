import Foundation
import PostgresSupport

/// Where the job queue (and, with PostgreSQL, the expertise memory) is kept: `queue:` in the YAML file or
/// `BACKEND_REVIEW_DATABASE_URL`.
enum QueueBackend: Sendable, Equatable, CustomStringConvertible {
    /// One machine: `DATA/queue.sqlite` and the memories as YAML files under the data directory.
    case sqlite
    /// Several replicas: one PostgreSQL database shared by all of them. The URL may hold a password.
    case postgres(url: String)

    /// For logs and `config check`: the URL's password is replaced by `***`.
    var description: String {
        switch self {
        case .sqlite: "sqlite"
        case .postgres(let url): PostgresTarget.redacted(url)
        }
    }
}

extension AppConfiguration {
    /// Reads `queue`: `sqlite` (the default) or a `postgres://` URL, checked here so a typo fails at start-up.
    static func readQueue(_ loader: inout ConfigurationLoader) -> QueueBackend {
        let key = ConfigKey.queue
        guard let raw = loader.raw(key) else {
            loader.record(key, "sqlite (DATA/queue.sqlite)", .defaultValue)
            return .sqlite
        }
        let text = raw.text.trimmingCharacters(in: .whitespaces)
        if text.lowercased() == "sqlite" {
            loader.record(key, "sqlite (DATA/queue.sqlite)", raw.source)
            return .sqlite
        }
        // Never echo the value: it may be a URL with a password.
        let shown = PostgresTarget.redacted(text)
        loader.record(key, shown, raw.source)
        guard PostgresTarget.isPostgresURL(text) else {
            loader.report(.error(
                key.path, "'\(shown)' is neither sqlite nor a postgres://user:password@host:port/database URL", at: raw.source))
            return .sqlite
        }
        do {
            _ = try PostgresTarget(url: text)
        } catch {
            loader.report(.error(key.path, error.description, at: raw.source))
            return .sqlite
        }
        if raw.source.isFile, shown != text {
            loader.report(.warning(
                key.path, "a database password written in the configuration file; prefer \(key.environment)",
                at: raw.source))
        }
        return .postgres(url: text)
    }
}
