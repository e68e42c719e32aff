import Foundation
import Logging

/// Log lines kept in memory, to check what the clients log and that no secret is ever among it.
final class LogCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    /// A logger at trace level that writes here.
    var logger: Logger {
        var logger = Logger(label: "host-clients-test", factory: { _ in CapturingLogHandler(capture: self) })
        logger.logLevel = .trace
        return logger
    }

    /// Every line so far: level, message and metadata.
    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return lines.joined(separator: "\n")
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return lines.count
    }

    fileprivate func append(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        lines.append(line)
    }
}

private struct CapturingLogHandler: LogHandler {
    let capture: LogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let rendered = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        capture.append("\(event.level) \(event.message) \(rendered)")
    }
}
