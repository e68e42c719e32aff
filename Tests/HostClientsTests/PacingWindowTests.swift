import HostClients
import Testing

struct PacingWindowTests {
    @Test
    func grantsTheBudgetAtOnceThenQueuesBehindTheWindow() {
        var window = PacingWindow(budget: PacingBudget(requests: 3, per: .seconds(1)))
        let t0 = ContinuousClock.now
        let grants = (0..<7).map { _ in window.reserve(now: t0) }
        #expect(grants.map { $0 - t0 } == [.zero, .zero, .zero, .seconds(1), .seconds(1), .seconds(1), .seconds(2)])
    }

    @Test
    func roomFreedByTimeIsGrantedImmediately() {
        var window = PacingWindow(budget: PacingBudget(requests: 2, per: .seconds(1)))
        let t0 = ContinuousClock.now
        _ = window.reserve(now: t0)
        _ = window.reserve(now: t0)
        #expect(window.reserve(now: t0 + .milliseconds(1500)) == t0 + .milliseconds(1500))
        #expect(window.reserve(now: t0 + .milliseconds(1600)) == t0 + .milliseconds(1600))
        #expect(window.reserve(now: t0 + .milliseconds(1700)) == t0 + .milliseconds(2500))
    }

    @Test(arguments: [1, 5, 80])
    func noWindowEverHoldsMoreThanTheBudget(budget: Int) {
        var window = PacingWindow(budget: PacingBudget(requests: budget, per: .seconds(60)))
        let t0 = ContinuousClock.now
        var grants: [ContinuousClock.Instant] = []
        for step in 0..<(budget * 4) {
            // Bursts arrive faster than the budget refills.
            grants.append(window.reserve(now: t0 + .seconds(step / 3)))
        }
        for grant in grants {
            let inWindow = grants.filter { $0 > grant - .seconds(60) && $0 <= grant }.count
            #expect(inWindow <= budget)
        }
        #expect(grants == grants.sorted())
    }

    @Test
    func perMinuteIsSixtySeconds() {
        #expect(PacingBudget.perMinute(80) == PacingBudget(requests: 80, per: .seconds(60)))
    }
}
