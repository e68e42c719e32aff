import Foundation
import HostClients
import Hosts
import Testing

struct HostRetryPolicyTests {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)
    static let policy = HostRetryPolicy(
        maxAttempts: 4, initialBackoff: .milliseconds(500), maxBackoff: .seconds(8), maxRateLimitWait: .seconds(60)
    )

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var status: Int?
        var headers: ResponseHeaders = [:]
        var message: String?
        var attempt = 1
        var expected: RetryDecision
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "200 succeeds", status: 200, expected: .succeed),
        Case(name: "201 succeeds", status: 201, expected: .succeed),
        Case(name: "500 backs off", status: 500, expected: .retry(after: .milliseconds(375), reason: .serverError)),
        Case(name: "502 third attempt backs off longer", status: 502, attempt: 3,
             expected: .retry(after: .milliseconds(1500), reason: .serverError)),
        Case(name: "503 after last attempt fails", status: 503, attempt: 4, expected: .fail(.serverError, retryAfter: nil)),
        Case(name: "503 Retry-After 2 waits 2 s", status: 503, headers: ["Retry-After": "2"],
             expected: .retry(after: .seconds(2), reason: .serverError)),
        Case(name: "network error backs off", status: nil, expected: .retry(after: .milliseconds(375), reason: .network)),
        Case(name: "network error after last attempt fails", status: nil, attempt: 4, expected: .fail(.network, retryAfter: nil)),
        Case(name: "429 Retry-After 1 waits", status: 429, headers: ["Retry-After": "1"],
             expected: .retry(after: .seconds(1), reason: .rateLimit)),
        Case(name: "429 Retry-After beyond max fails with it", status: 429, headers: ["retry-after": "120"],
             expected: .fail(.rateLimited, retryAfter: 120)),
        Case(name: "429 on last attempt fails", status: 429, headers: ["Retry-After": "1"], attempt: 4,
             expected: .fail(.rateLimited, retryAfter: 1)),
        Case(name: "403 remaining 0, reset in 30 s waits", status: 403,
             headers: ["x-ratelimit-remaining": "0", "x-ratelimit-reset": "1700000030"],
             expected: .retry(after: .seconds(30), reason: .rateLimit)),
        Case(name: "403 remaining 0, reset in an hour fails", status: 403,
             headers: ["X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1700003600"],
             expected: .fail(.rateLimited, retryAfter: 3600)),
        Case(name: "403 remaining 0, reset passed retries now", status: 403,
             headers: ["x-ratelimit-remaining": "0", "x-ratelimit-reset": "1699999990"],
             expected: .retry(after: .zero, reason: .rateLimit)),
        Case(name: "403 secondary limit with Retry-After", status: 403, headers: ["retry-after": "5"],
             message: "You have exceeded a secondary rate limit", expected: .retry(after: .seconds(5), reason: .rateLimit)),
        Case(name: "403 secondary limit without headers waits a minute", status: 403,
             message: "You have exceeded a secondary rate limit. Please wait a few minutes.",
             expected: .retry(after: .seconds(60), reason: .rateLimit)),
        Case(name: "403 with remaining budget is forbidden", status: 403, headers: ["x-ratelimit-remaining": "4999"],
             message: "Resource not accessible by integration", expected: .fail(.forbidden, retryAfter: nil)),
        Case(name: "429 GitLab RateLimit-Reset", status: 429, headers: ["RateLimit-Reset": "1700000010"],
             expected: .retry(after: .seconds(10), reason: .rateLimit)),
        Case(name: "429 GitLab RateLimit-Reset beyond max", status: 429, headers: ["RateLimit-Reset": "1700000600"],
             expected: .fail(.rateLimited, retryAfter: 600)),
        Case(name: "Retry-After wins over reset", status: 429,
             headers: ["Retry-After": "3", "RateLimit-Reset": "1700000600"],
             expected: .retry(after: .seconds(3), reason: .rateLimit)),
        Case(name: "401 is unauthorized", status: 401, expected: .fail(.unauthorized, retryAfter: nil)),
        Case(name: "404 is not found", status: 404, expected: .fail(.notFound, retryAfter: nil)),
        Case(name: "422 is rejected", status: 422, expected: .fail(.rejected, retryAfter: nil)),
        Case(name: "400 is rejected", status: 400, expected: .fail(.rejected, retryAfter: nil)),
        Case(name: "3xx is not understood", status: 304, expected: .fail(.invalidResponse, retryAfter: nil)),
    ]

    @Test(arguments: cases)
    func decides(_ testCase: Case) {
        let decision = Self.policy.decide(
            status: testCase.status, headers: testCase.headers, message: testCase.message, attempt: testCase.attempt,
            now: Self.now, jitter: 0.5
        )
        #expect(decision == testCase.expected)
    }

    @Test
    func backoffDoublesUpToTheCapAndJitterSpreadsItsUpperHalf() {
        let policy = Self.policy
        #expect(policy.backoff(attempt: 1, jitter: 1) == .milliseconds(500))
        #expect(policy.backoff(attempt: 2, jitter: 1) == .seconds(1))
        #expect(policy.backoff(attempt: 3, jitter: 1) == .seconds(2))
        #expect(policy.backoff(attempt: 10, jitter: 1) == .seconds(8))
        #expect(policy.backoff(attempt: 10, jitter: 0) == .seconds(4))
        #expect(policy.backoff(attempt: 60, jitter: 0.999) <= .seconds(8))
    }

    @Test
    func aSingleAttemptPolicyNeverRetries() {
        let policy = HostRetryPolicy(maxAttempts: 1)
        #expect(policy.decide(status: 500, attempt: 1, now: Self.now) == .fail(.serverError, retryAfter: nil))
        #expect(policy.decide(status: nil, attempt: 1, now: Self.now) == .fail(.network, retryAfter: nil))
    }
}
