import Foundation
import ReviewCore
import Testing

/// A by-hand throughput check, not a timed test: it prints MB/s and asserts nothing about time.
///
/// Run: `DIFF_SPEED=1 swift test -c release --filter DiffSpeedCheck`
struct DiffSpeedCheck {
    static let enabled = ProcessInfo.processInfo.environment["DIFF_SPEED"] == "1"

    @Test(.enabled(if: enabled))
    func parsesAFourMegabyteDiff() throws {
        // The real diffs repeated until ~100,000 lines / ~4 MB, the size the engine must handle per review.
        let sources = try DiffFixtures.realNames.map(DiffFixtures.bytes)
        var input: [UInt8] = []
        var lines = 0
        while lines < 100_000 {
            for source in sources {
                input += source
                lines += source.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            }
        }
        var best = Double.infinity
        var files = 0
        for _ in 0..<7 {
            let start = DispatchTime.now().uptimeNanoseconds
            let diff = UnifiedDiff(parsing: input)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, seconds)
            files = diff.files.count
        }
        let megabytes = Double(input.count) / 1_000_000
        print(String(
            format: "DiffSpeedCheck: %d lines, %.2f MB, %d files, best %.1f ms, %.0f MB/s",
            lines, megabytes, files, best * 1000, megabytes / best
        ))
        #expect(files > 0)
    }
}
