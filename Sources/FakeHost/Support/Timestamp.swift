import Foundation

/// Timestamps as the hosts print them: GitHub and Gitea `2024-05-01T10:00:00Z`, GitLab with milliseconds.
enum Timestamp {
    static func string(_ date: Date, for kind: FakeHostKind) -> JSON {
        switch kind {
        case .gitlab: .string(date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
        case .github, .gitea: .string(date.formatted(Date.ISO8601FormatStyle()))
        }
    }

    /// Whole seconds since 1970, for `x-ratelimit-reset` and `RateLimit-Reset`.
    static func epochSeconds(_ date: Date) -> String {
        String(Int(date.timeIntervalSince1970.rounded(.up)))
    }
}
