import Foundation
import ReviewCore
import Testing

/// A by-hand throughput check, not a timed test: it prints MB/s and asserts nothing about time.
///
/// Run: `DIFF_SPEED=1 swift test -c release --filter DiffSpeedCheck`
///
/// Prints wall-clock and thread-CPU figures (best of seven): on a shared machine the CPU figure is
/// the parser's own cost, the wall figure what a review would see under that load.
@Suite(.serialized)
struct DiffSpeedCheck {
    static let enabled = ProcessInfo.processInfo.environment["DIFF_SPEED"] == "1"

    /// The six real diffs repeated to ~100,000 lines / ~4 MB: ~4,000 small files, so heavy on headers.
    @Test(.enabled(if: enabled))
    func realDiffsRepeated() throws {
        let sources = try DiffFixtures.realNames.map(DiffFixtures.bytes)
        var input: [UInt8] = []
        while Self.lineCount(input) < 100_000 {
            for source in sources { input += source }
        }
        Self.measure("real diffs repeated", input)
    }

    /// 100 files of 1,000 changed lines each in hunks of ~50: the shape of a large refactoring.
    @Test(.enabled(if: enabled))
    func largeHunks() {
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
        Self.measure("large hunks", Array(text.utf8))
    }

    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func measure(_ label: String, _ input: [UInt8]) {
        var bestWall = Double.infinity
        var bestCPU = Double.infinity
        var files = 0
        for _ in 0..<7 {
            let wallStart = DispatchTime.now().uptimeNanoseconds
            let cpuStart = threadCPUSeconds()
            let diff = UnifiedDiff(parsing: input)
            let cpu = threadCPUSeconds() - cpuStart
            let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
            bestWall = min(bestWall, wall)
            bestCPU = min(bestCPU, cpu)
            files = diff.files.count
        }
        let megabytes = Double(input.count) / 1_000_000
        print(String(
            format: "DiffSpeedCheck %@: %d lines, %.2f MB, %d files; wall %.1f ms = %.0f MB/s; cpu %.1f ms = %.0f MB/s",
            label, lineCount(input), megabytes, files, bestWall * 1000, megabytes / bestWall, bestCPU * 1000,
            megabytes / bestCPU
        ))
        #expect(files > 0)
    }
}
