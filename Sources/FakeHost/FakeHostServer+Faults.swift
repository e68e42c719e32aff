import Foundation
import NIOConcurrencyHelpers

extension FakeHostServer {
    /// The next `count` requests whose raw path (with the host prefix, e.g. `/github/repos/...`) contains
    /// `pathContains` and whose method is `method` (nil: any) get `status` and nothing else happens.
    /// Faults are consumed in the order they were added, before authentication.
    public func failNext(_ count: Int, status: Int = 500, matching pathContains: String? = nil, method: String? = nil) {
        addFault(.fail(status: status), count: count, pathContains: pathContains, method: method)
    }

    /// The next `count` matching requests are rate limited in `style`, asking to wait `retryAfter` seconds.
    public func rateLimitNext(
        _ count: Int, retryAfter: Int = 1, style: RateLimitStyle = .status429, matching pathContains: String? = nil,
        method: String? = nil
    ) {
        addFault(.rateLimit(retryAfter: retryAfter, style: style), count: count, pathContains: pathContains, method: method)
    }

    /// The next `count` matching requests get no answer: the connection is closed after the request is read.
    public func dropConnectionNext(_ count: Int, matching pathContains: String? = nil, method: String? = nil) {
        addFault(.drop, count: count, pathContains: pathContains, method: method)
    }

    /// Delays matching requests by `latency` before serving them (`.zero` removes the delay for that matcher).
    public func setLatency(_ latency: Duration, matching pathContains: String? = nil, method: String? = nil) {
        state.withLockedValue {
            $0.faults.setLatency(latency, matcher: FaultPlan.Matcher(pathContains: pathContains, method: method?.uppercased()))
        }
    }

    /// Limits content-creating requests (POST, PATCH, PUT, DELETE) on `kind` to `limit` per sliding `window`
    /// (GitHub: 80 a minute). Over the limit GitHub answers 403 + `retry-after` with the secondary-limit
    /// message, GitLab 429 + `Retry-After` + `RateLimit-Reset`, Gitea 429 + `Retry-After`. nil turns it off (default).
    public func setContentRateLimit(_ kind: FakeHostKind, limit: Int?, window: Duration = .seconds(60)) {
        state.withLockedValue { state in
            state.contentLimits[kind] = limit.map { ContentRateLimiter(limit: $0, window: window.timeInterval) }
        }
    }

    /// Whether GitLab refuses `pending` after `pending` (and `running` after `running`) on one sha and
    /// name with its 400 "Cannot transition status" error, as real GitLab does. Default: true.
    public func setStrictGitLabStatusTransitions(_ strict: Bool) {
        state.withLockedValue { $0.strictGitLabStatusTransitions = strict }
    }

    /// Injected faults not yet consumed.
    public var pendingFaults: Int {
        state.withLockedValue { $0.faults.pendingCount }
    }

    /// Removes every pending fault and latency.
    public func clearFaults() {
        state.withLockedValue { $0.faults.clear() }
    }

    private func addFault(_ action: FaultPlan.Action, count: Int, pathContains: String?, method: String?) {
        state.withLockedValue {
            $0.faults.add(action, count: count, matcher: FaultPlan.Matcher(pathContains: pathContains, method: method?.uppercased()))
        }
    }
}

extension FakeHostServer {
    /// Moves the fake's clock forward: token expiries and rate-limit windows see the later time, and tests
    /// assert on them without sleeping (a loaded machine may stall a sleeping test for longer than a window).
    public func advanceClock(by seconds: TimeInterval) {
        state.withLockedValue { $0.clockOffset += seconds }
    }
}
