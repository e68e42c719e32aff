/// How an injected rate limit answers, after the real hosts' variants.
public enum RateLimitStyle: Sendable, Hashable {
    /// 429 with `Retry-After` (GitLab and Gitea adds their own headers too).
    case status429
    /// GitHub primary limit: 403 with `x-ratelimit-remaining: 0` and `x-ratelimit-reset: <epoch s>`, no `retry-after`.
    case github403Reset
    /// GitHub secondary limit: 403 with `retry-after` and "You have exceeded a secondary rate limit".
    case github403Secondary
    /// GitLab: 429 with `Retry-After`, `RateLimit-Reset: <epoch s>` and `RateLimit-Remaining: 0`.
    case gitlabRateLimitReset
}
