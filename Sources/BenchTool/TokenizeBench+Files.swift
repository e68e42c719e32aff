import ArgumentParser
import Foundation

/// Finding the tree to read and timing passes over it.
extension TokenizeBench {
    /// python3's stdlib directory.
    static func stdlibPath() throws -> String {
        let output = try CPythonTokens.runPython(
            arguments: ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], stdinPath: nil)
        let path = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !path.isEmpty else { throw ValidationError("python3 did not print its stdlib path") }
        return path
    }

    /// Every `.py` file under `root`, sorted, skipping `site-packages` directories.
    static func pythonFiles(under root: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--root \(root) is not a directory")
        }
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains("site-packages") { continue }
            if relative.hasSuffix(".py") {
                let path = base + "/" + relative
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                    files.append(path)
                }
            }
        }
        return files.sorted()
    }

    /// Median wall time and median thread CPU time of `passes` runs of `body` (its result is kept so the
    /// work is not optimised away). CPU time is what to compare on a shared machine.
    static func medianSeconds(passes: Int, _ body: () -> Int) -> (wall: Double, cpu: Double) {
        let clock = ContinuousClock()
        var walls: [Double] = []
        var cpus: [Double] = []
        var sink = 0
        for _ in 0..<max(1, passes) {
            let start = clock.now
            let cpuStart = threadCPUSeconds()
            sink &+= body()
            cpus.append(threadCPUSeconds() - cpuStart)
            let elapsed = clock.now - start
            walls.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        if sink == Int.min { print(sink) }
        walls.sort()
        cpus.sort()
        return (walls[walls.count / 2], cpus[cpus.count / 2])
    }

    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.1f s", seconds)
    }
}
