import ArgumentParser
import Dispatch
import Foundation
import JobQueue
import Logging

/// The SQLite job queue under webhook-intake load: many concurrent callers enqueue (each returns once its job is
/// durable), then workers drain the queue. Each run uses a fresh file in a temp directory; medians are reported.
///
/// `swift run -c release backend-review-bench queue [--jobs 20000] [--concurrency 64] [--runs 5] [--rate 5000]`
///
/// Without `--rate` every caller enqueues as fast as it can, so latency is bound by throughput (64 callers at
/// 13,000/s wait about 5 ms each); `--rate` offers a fixed load instead, as webhook deliveries arrive.
struct QueueBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Measure durable enqueues/s with concurrent callers, their latency, and claim+complete/s."
    )

    @Option(help: "Jobs enqueued per run.")
    var jobs = 20_000

    @Option(help: "Concurrent enqueue callers (think: HTTP connections).")
    var concurrency = 64

    @Option(help: "Runs; the median of each figure is reported.")
    var runs = 5

    @Option(name: .customLong("payload-bytes"), help: "Size of each job's payload.")
    var payloadBytes = 1_024

    @Option(help: "Concurrent workers draining the queue with claim + complete.")
    var workers = 4

    @Option(help: "Offered enqueues per second across all callers (default: each caller as fast as it can).")
    var rate: Double?

    func validate() throws {
        guard jobs > 0, concurrency > 0, runs > 0, workers > 0, payloadBytes >= 0, (rate ?? 1) > 0 else {
            throw ValidationError("--jobs, --concurrency, --runs, --workers and --rate must be positive")
        }
    }

    func run() throws {
        let bench = self
        let pace = rate.map { String(format: ", offered %.0f/s", $0) } ?? ""
        print(
            "queue: \(jobs) jobs of \(payloadBytes) B, \(concurrency) concurrent callers\(pace), "
                + "\(workers) workers, \(runs) runs"
        )
        var results: [QueueBenchRun] = []
        for index in 1...runs {
            let result = try BlockingTask.run { try await bench.measure() }
            print(
                String(
                    format: "run %d: enqueue %.0f/s (p50 %.2f ms, p99 %.2f ms), claim+complete %.0f/s",
                    index, result.enqueuesPerSecond, result.p50Milliseconds, result.p99Milliseconds,
                    result.claimsPerSecond
                )
            )
            results.append(result)
        }
        print(
            String(
                format: "median: enqueue %.0f/s, p50 %.2f ms, p99 %.2f ms; claim+complete %.0f/s",
                Self.median(results.map(\.enqueuesPerSecond)), Self.median(results.map(\.p50Milliseconds)),
                Self.median(results.map(\.p99Milliseconds)), Self.median(results.map(\.claimsPerSecond))
            )
        )
    }

    private func measure() async throws -> QueueBenchRun {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("queue-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let logger = Logger(label: "queue-bench") { _ in SwiftLogNoOpLogHandler() }
        let queue = try await SQLiteJobQueue.open(
            path: directory.appendingPathComponent(SQLiteJobQueue.defaultFileName).path, logger: logger
        )
        let payload = Data((0..<payloadBytes).map { UInt8(ascii: "a") &+ UInt8($0 % 26) })
        let (jobs, concurrency, workers, rate) = (self.jobs, self.concurrency, self.workers, self.rate)
        let clock = ContinuousClock()

        let enqueueStart = clock.now
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            for caller in 0..<concurrency {
                group.addTask {
                    var latencies: [Double] = []
                    for index in stride(from: caller, to: jobs, by: concurrency) {
                        let job = NewJob(
                            deliveryID: "github:\(UUID().uuidString)", kind: .review,
                            coalesceKey: "github:acme/repo\(index % 100)#\(index)", payload: payload
                        )
                        if let rate {
                            // Open loop: job `index` is due at index / rate seconds, whether or not others returned.
                            try await Task.sleep(until: enqueueStart + .seconds(Double(index) / rate), clock: clock)
                        }
                        let start = clock.now
                        _ = try await queue.enqueue(job)
                        latencies.append(Self.milliseconds(clock.now - start))
                    }
                    return latencies
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        let enqueueSeconds = Self.seconds(clock.now - enqueueStart)

        let drainStart = clock.now
        let drained = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var count = 0
                    while let job = try await queue.claim(worker: "bench-\(worker)", lease: .seconds(60)) {
                        _ = try await queue.complete(job.id, worker: "bench-\(worker)")
                        count += 1
                    }
                    return count
                }
            }
            return try await group.reduce(0, +)
        }
        let drainSeconds = Self.seconds(clock.now - drainStart)
        try await queue.close()
        guard drained == jobs else { throw ValidationError("drained \(drained) of \(jobs) jobs") }

        let sorted = latencies.sorted()
        return QueueBenchRun(
            enqueuesPerSecond: Double(jobs) / enqueueSeconds,
            p50Milliseconds: Self.percentile(sorted, 0.50),
            p99Milliseconds: Self.percentile(sorted, 0.99),
            claimsPerSecond: Double(drained) / drainSeconds
        )
    }

    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)]
    }

    static func median(_ values: [Double]) -> Double {
        percentile(values.sorted(), 0.5)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func milliseconds(_ duration: Duration) -> Double { seconds(duration) * 1_000 }
}

/// One run's figures.
struct QueueBenchRun: Sendable {
    var enqueuesPerSecond: Double
    var p50Milliseconds: Double
    var p99Milliseconds: Double
    var claimsPerSecond: Double
}

/// Runs async work from a synchronous command, so the bench's root command can stay a `ParsableCommand`.
enum BlockingTask {
    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        // The semaphore orders the write above before this read.
        return try box.result!.get()
    }

    private final class ResultBox<Value: Sendable>: @unchecked Sendable {
        var result: Result<Value, any Error>?
    }
}
