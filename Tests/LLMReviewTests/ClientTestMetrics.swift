import CoreMetrics
import Foundation

/// An in-memory metrics factory injected into ``ModelClient``, so tests don't bootstrap the process-wide
/// `MetricsSystem`: counter totals, floating-point counter totals, the last value of each recorder (gauges) and
/// every timer reading.
final class ClientTestMetrics: MetricsFactory, @unchecked Sendable {
    private let lock = NSLock()
    private var counters: [String: Int64] = [:]
    private var floatingCounters: [String: Double] = [:]
    private var recorders: [String: Double] = [:]
    private var timers: [String: [Int64]] = [:]

    /// The total of counter `label` with exactly these dimensions.
    func counter(_ label: String, _ dimensions: [(String, String)]) -> Int64 {
        read { $0.counters[Self.key(label, dimensions)] ?? 0 }
    }

    /// The total of floating-point counter `label`.
    func floatingCounter(_ label: String, _ dimensions: [(String, String)]) -> Double {
        read { $0.floatingCounters[Self.key(label, dimensions)] ?? 0 }
    }

    /// The last value recorded on gauge `label`; nil when none was.
    func gauge(_ label: String, _ dimensions: [(String, String)]) -> Double? {
        read { $0.recorders[Self.key(label, dimensions)] }
    }

    /// Every nanosecond reading of timer `label`.
    func timings(_ label: String, _ dimensions: [(String, String)]) -> [Int64] {
        read { $0.timers[Self.key(label, dimensions)] ?? [] }
    }

    func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        Handler(metrics: self, key: Self.key(label, dimensions))
    }

    func makeFloatingPointCounter(label: String, dimensions: [(String, String)]) -> any FloatingPointCounterHandler {
        Handler(metrics: self, key: Self.key(label, dimensions))
    }

    func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        Handler(metrics: self, key: Self.key(label, dimensions))
    }

    func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler {
        Handler(metrics: self, key: Self.key(label, dimensions))
    }

    func destroyCounter(_ handler: any CounterHandler) {}
    func destroyFloatingPointCounter(_ handler: any FloatingPointCounterHandler) {}
    func destroyRecorder(_ handler: any RecorderHandler) {}
    func destroyTimer(_ handler: any TimerHandler) {}

    private func read<T>(_ body: (ClientTestMetrics) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(self)
    }

    fileprivate func update(_ body: (ClientTestMetrics) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        body(self)
    }

    private static func key(_ label: String, _ dimensions: [(String, String)]) -> String {
        label + "{" + dimensions.sorted { $0.0 < $1.0 }.map { "\($0.0)=\($0.1)" }.joined(separator: ",") + "}"
    }

    private final class Handler: CounterHandler, FloatingPointCounterHandler, RecorderHandler, TimerHandler,
        @unchecked Sendable
    {
        let metrics: ClientTestMetrics
        let key: String

        init(metrics: ClientTestMetrics, key: String) {
            self.metrics = metrics
            self.key = key
        }

        func increment(by amount: Int64) { metrics.update { $0.counters[key, default: 0] += amount } }
        func increment(by amount: Double) { metrics.update { $0.floatingCounters[key, default: 0] += amount } }
        func reset() {}
        func record(_ value: Int64) { metrics.update { $0.recorders[key] = Double(value) } }
        func record(_ value: Double) { metrics.update { $0.recorders[key] = value } }
        func recordNanoseconds(_ duration: Int64) { metrics.update { $0.timers[key, default: []].append(duration) } }
    }
}
