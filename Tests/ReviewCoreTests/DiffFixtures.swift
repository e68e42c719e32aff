import Foundation
import ReviewCore

/// Loads the golden diff fixtures from the source tree (via `#filePath`), so `UPDATE_GOLDENS=1`
/// writes the `.json` files next to the `.diff` files they describe.
enum DiffFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/diffs")

    /// Every `<name>.diff` in the fixtures folder, by name without extension.
    static let names: [String] = {
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return contents.filter { $0.hasSuffix(".diff") }.map { String($0.dropLast(5)) }.sorted()
    }()

    /// The real pull-request diffs copied from `/work/shared/conformance/diffs/`.
    static let realNames: [String] = names.filter { $0.hasPrefix("full-stack-fastapi-template-") }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent("\(name).diff")))
    }

    static func goldenURL(_ name: String) -> URL {
        directory.appendingPathComponent("\(name).json")
    }

    /// Pretty, sorted-keys JSON: stable across runs, so golden diffs in review show real changes only.
    static func json(_ diff: UnifiedDiff) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(diff)
        data.append(0x0A)
        return data
    }

    static var updating: Bool {
        ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1"
    }
}

extension FileDiff {
    var addedCount: Int { hunks.reduce(0) { $0 + $1.lines.filter { $0.kind == .added }.count } }
    var removedCount: Int { hunks.reduce(0) { $0 + $1.lines.filter { $0.kind == .removed }.count } }
}
