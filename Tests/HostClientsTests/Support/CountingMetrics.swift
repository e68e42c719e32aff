import CoreMetrics
import Foundation

/// A metrics factory that keeps counter totals in memory, injected through ``HostHTTPConfiguration`` so tests
/// don't bootstrap the process-wide `MetricsSystem`.
final class CountingMetrics: MetricsFactory, @unchecked Sendable {
    private let lock = NSLock()
    private var totals: [String: Int64] = [:]

    /// The total of `label` with exactly these dimensions.
    func total(_ label: String, _ dimensions: [(String, String)]) -> Int64 {
        lock.lock()
        defer { lock.unlock() }
        return totals[Self.key(label, dimensions)] ?? 0
    }

    func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        Handler(metrics: self, key: Self.key(label, dimensions))
    }

    func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        Ignored()
    }

    func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler { Ignored() }
    func destroyCounter(_ handler: any CounterHandler) {}
    func destroyRecorder(_ handler: any RecorderHandler) {}
    func destroyTimer(_ handler: any TimerHandler) {}

    fileprivate func add(_ amount: Int64, to key: String) {
        lock.lock()
        defer { lock.unlock() }
        totals[key, default: 0] += amount
    }

    private static func key(_ label: String, _ dimensions: [(String, String)]) -> String {
        label + "{" + dimensions.map { "\($0.0)=\($0.1)" }.joined(separator: ",") + "}"
    }

    private final class Handler: CounterHandler, @unchecked Sendable {
        let metrics: CountingMetrics
        let key: String
        init(metrics: CountingMetrics, key: String) {
            self.metrics = metrics
            self.key = key
        }
        func increment(by amount: Int64) { metrics.add(amount, to: key) }
        func reset() {}
    }

    private final class Ignored: RecorderHandler, TimerHandler, @unchecked Sendable {
        func record(_ value: Int64) {}
        func record(_ value: Double) {}
        func recordNanoseconds(_ duration: Int64) {}
    }
}
