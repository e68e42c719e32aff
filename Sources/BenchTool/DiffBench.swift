import ArgumentParser
import Dispatch
import Foundation
import ReviewCore

/// Unified diff parser throughput: real diffs repeated to ~100,000 lines, and a synthetic refactoring
/// with large hunks. Prints the median of several in-memory passes, wall and thread-CPU.
struct DiffBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Measure the unified diff parser's throughput in MB/s."
    )

    @Option(help: "Diff files to repeat (default: the real diffs among the golden fixtures).")
    var diff: [String] = []

    @Option(help: "Timed passes per input; the median is reported.")
    var passes = 9

    func run() throws {
        let sources = try (diff.isEmpty ? Self.realFixtures() : diff).map { path -> [UInt8] in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("cannot read \(path)")
            }
            return [UInt8](data)
        }
        guard !sources.isEmpty else { throw ValidationError("no diff files found; pass --diff FILE") }
        var repeated: [UInt8] = []
        while Self.lineCount(repeated) < 100_000 {
            for source in sources { repeated += source }
        }
        measure("real diffs repeated", repeated)
        measure("large hunks", Self.largeHunks())
    }

    static func realFixtures() -> [String] {
        let directory = "Tests/ReviewCoreTests/Fixtures/diffs"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasPrefix("full-stack-fastapi-template") && $0.hasSuffix(".diff") }.sorted()
            .map { "\(directory)/\($0)" }
    }

    /// 100 files of 1,000 changed lines in hunks of 50: the shape of a large refactoring.
    static func largeHunks() -> [UInt8] {
        var text = ""
        for file in 0..<100 {
            text += "diff --git a/pkg/module_\(file).py b/pkg/module_\(file).py\nindex 1111111..2222222 100644\n"
            text += "--- a/pkg/module_\(file).py\n+++ b/pkg/module_\(file).py\n"
            for hunk in 0..<20 {
                let start = hunk * 60 + 1
                text += "@@ -\(start),50 +\(start),50 @@ def function_\(hunk)(session: AsyncSession) -> None:\n"
                for line in 0..<50 {
                    switch line % 5 {
                    case 0: text += "-    result = await session.execute(select(Model).where(Model.id == \(line)))\n"
                    case 1: text += "+    result = await session.scalars(select(Model).where(Model.id == \(line)))\n"
                    default: text += "     value_\(line) = compute(value_\(line - 1), tenant_id=tenant.id)\n"
                    }
                }
            }
        }
        return Array(text.utf8)
    }

    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    func measure(_ label: String, _ input: [UInt8]) {
        var walls: [Double] = []
        var cpus: [Double] = []
        var files = 0
        for _ in 0..<max(passes, 1) {
            let wallStart = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.threadCPUSeconds()
            files = UnifiedDiff(parsing: input).files.count
            cpus.append(Self.threadCPUSeconds() - cpuStart)
            walls.append(Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9)
        }
        let megabytes = Double(input.count) / 1_000_000
        let wall = Self.median(walls), cpu = Self.median(cpus)
        print(String(
            format: "%@: %d lines, %.2f MB, %d files; median wall %.1f ms = %.0f MB/s, CPU %.1f ms = %.0f MB/s",
            label, Self.lineCount(input), megabytes, files, wall * 1000, megabytes / wall, cpu * 1000, megabytes / cpu))
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
