import ReviewCore
import Testing

struct SeverityTests {
    @Test func ranksCriticalFirst() {
        #expect([Severity.low, .critical, .medium, .high].sorted() == [.critical, .high, .medium, .low])
    }

    @Test func thresholdIsInclusive() {
        #expect(Severity.critical.isAtLeast(.high))
        #expect(Severity.high.isAtLeast(.high))
        #expect(!Severity.medium.isAtLeast(.high))
    }

    @Test func demotionStopsAtLow() {
        #expect(Severity.critical.demoted == .high)
        #expect(Severity.low.demoted == .low)
    }
}
