import Foundation

/// Failures a test asked for, consumed in the order they were added by the requests they match.
struct FaultPlan: Sendable {
    /// What an injected fault does instead of serving the request.
    enum Action: Sendable, Equatable {
        case fail(status: Int)
        case rateLimit(retryAfter: Int, style: RateLimitStyle)
        case drop
    }

    /// Which requests a rule applies to.
    struct Matcher: Sendable {
        var pathContains: String?
        var method: String?

        func matches(path: String, method requestMethod: String) -> Bool {
            if let method, method.uppercased() != requestMethod { return false }
            if let pathContains, !path.contains(pathContains) { return false }
            return true
        }
    }

    private struct Rule: Sendable {
        var remaining: Int
        var action: Action
        var matcher: Matcher
    }

    private struct Latency: Sendable {
        var delay: Duration
        var matcher: Matcher
    }

    private var rules: [Rule] = []
    private var latencies: [Latency] = []

    mutating func add(_ action: Action, count: Int, matcher: Matcher) {
        guard count > 0 else { return }
        rules.append(Rule(remaining: count, action: action, matcher: matcher))
    }

    /// The first matching rule's action, using up one of its count.
    mutating func take(path: String, method: String) -> Action? {
        guard let index = rules.firstIndex(where: { $0.remaining > 0 && $0.matcher.matches(path: path, method: method) })
        else { return nil }
        rules[index].remaining -= 1
        let action = rules[index].action
        if rules[index].remaining == 0 { rules.remove(at: index) }
        return action
    }

    /// Faults not yet consumed.
    var pendingCount: Int { rules.reduce(0) { $0 + $1.remaining } }

    mutating func setLatency(_ delay: Duration, matcher: Matcher) {
        latencies.removeAll { $0.matcher.pathContains == matcher.pathContains && $0.matcher.method == matcher.method }
        if delay > .zero { latencies.append(Latency(delay: delay, matcher: matcher)) }
    }

    /// The longest delay configured for this request, if any.
    func latency(path: String, method: String) -> Duration? {
        latencies.filter { $0.matcher.matches(path: path, method: method) }.map(\.delay).max()
    }

    mutating func clear() {
        rules = []
        latencies = []
    }
}
