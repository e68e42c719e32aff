import Foundation

/// The answers to injected faults and to the content rate limit, in each host's words.
enum FaultResponses {
    static func outcome(_ action: FaultPlan.Action, _ request: FakeRequest) -> ServeOutcome {
        switch action {
        case .drop: .drop
        case .fail(let status): .respond(failure(status, request.kind))
        case .rateLimit(let retryAfter, let style): .respond(rateLimited(style, retryAfter: retryAfter, request))
        }
    }

    static func failure(_ status: Int, _ kind: FakeHostKind) -> FakeResponse {
        let phrase = StatusPhrases.phrase(status)
        switch kind {
        case .gitlab: return .message(status, "\(status) \(phrase)")
        case .github, .gitea: return .message(status, phrase.isEmpty ? "Server Error" : phrase)
        }
    }

    /// The answer to an over-limit content request: each host's usual limit response.
    static func contentLimited(_ wait: TimeInterval, _ request: FakeRequest) -> FakeResponse {
        let seconds = max(Int(wait.rounded(.up)), 1)
        switch request.kind {
        case .github: return rateLimited(.github403Secondary, retryAfter: seconds, request)
        case .gitlab: return rateLimited(.gitlabRateLimitReset, retryAfter: seconds, request)
        case .gitea: return rateLimited(.status429, retryAfter: seconds, request)
        }
    }

    static func rateLimited(_ style: RateLimitStyle, retryAfter: Int, _ request: FakeRequest) -> FakeResponse {
        let reset = Timestamp.epochSeconds(request.now.addingTimeInterval(TimeInterval(retryAfter)))
        switch style {
        case .status429 where request.kind == .gitlab, .gitlabRateLimitReset:
            return FakeResponse.bytes(429, Array("Retry later\n".utf8), contentType: "text/plain")
                .adding("retry-after", String(retryAfter)).adding("ratelimit-limit", "600")
                .adding("ratelimit-observed", "601").adding("ratelimit-remaining", "0")
                .adding("ratelimit-reset", reset)
        case .status429:
            return FakeResponse.message(429, "Too Many Requests").adding("retry-after", String(retryAfter))
        case .github403Reset:
            return FakeResponse.json(
                403,
                [
                    "message": "API rate limit exceeded for user ID 1.",
                    "documentation_url":
                        "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit",
                ]
            )
            .adding("x-ratelimit-limit", "5000").adding("x-ratelimit-remaining", "0")
            .adding("x-ratelimit-used", "5000").adding("x-ratelimit-reset", reset).adding("x-ratelimit-resource", "core")
        case .github403Secondary:
            return FakeResponse.json(
                403,
                [
                    "message":
                        "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.",
                    "documentation_url":
                        "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
                ]
            )
            .adding("retry-after", String(retryAfter))
        }
    }
}
