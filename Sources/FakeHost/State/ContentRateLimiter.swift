import Foundation

/// A sliding-window limit on content-creating requests (GitHub's secondary limit: 80 a minute),
/// with a configurable window so tests need not wait a minute.
struct ContentRateLimiter: Sendable {
    var limit: Int
    var window: TimeInterval
    private var admitted: [Date] = []

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Admits the request, or returns how long until the window has room again (seconds).
    mutating func admit(at now: Date) -> TimeInterval? {
        admitted.removeAll { now.timeIntervalSince($0) >= window }
        guard admitted.count >= limit, let oldest = admitted.first else {
            admitted.append(now)
            return nil
        }
        return max(oldest.addingTimeInterval(window).timeIntervalSince(now), 0)
    }

    /// Whether a request with this method creates content (GitHub counts POST, PATCH, PUT, DELETE).
    static func isContentCreating(_ method: String) -> Bool {
        method == "POST" || method == "PATCH" || method == "PUT" || method == "DELETE"
    }
}
