import Foundation
import PythonSyntax

/// Agreement of our tokens with CPython's over a set of files, grouped by disagreement kind.
struct AgreementReport {
    var total = 0
    var exact = 0
    var agreeingOnError: [String] = []
    var missingDumps: [String] = []
    var kinds: [String: [(path: String, detail: String)]] = [:]

    init(files: [String], sources: [[UInt8]], dumps: [String: CPythonDump]) {
        let tokenizer = Tokenizer()
        for (path, source) in zip(files, sources) {
            total += 1
            guard let dump = dumps[path] else {
                missingDumps.append(path)
                continue
            }
            switch CPythonComparison.compare(source: source, tokens: tokenizer.tokenize(source), dump: dump) {
            case .agrees: exact += 1
            case .agreesOnError: agreeingOnError.append(path)
            case .disagrees(let kind, let detail): kinds[kind, default: []].append((path, detail))
            }
        }
    }

    func print(examples: Int) {
        let agreeing = exact + agreeingOnError.count
        Swift.print("agreeing: \(agreeing)/\(total) = "
            + String(format: "%.3f%%", total == 0 ? 0 : 100 * Double(agreeing) / Double(total)))
        Swift.print("  identical token streams: \(exact)")
        Swift.print("  CPython raised, we emitted ERRORTOKEN: \(agreeingOnError.count)")
        for path in agreeingOnError.prefix(examples) { Swift.print("    e.g. \(path)") }
        if !missingDumps.isEmpty { Swift.print("  no CPython output: \(missingDumps.count)") }
        let disagreeing = kinds.values.reduce(0) { $0 + $1.count }
        Swift.print("disagreeing: \(disagreeing)")
        for (kind, files) in kinds.sorted(by: { $0.value.count > $1.value.count }) {
            Swift.print("  \(files.count) × \(kind)")
            for file in files.prefix(examples) { Swift.print("    \(file.path): \(file.detail)") }
        }
    }
}
