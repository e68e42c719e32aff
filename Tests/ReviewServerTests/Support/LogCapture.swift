import Foundation
import Logging
import ReviewServer

/// Collects every log line in memory, through the real ``JSONLogHandler``, so tests can grep them.
final class LogCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []

    var lines: [String] { lock.withLock { storage } }
    var text: String { lines.joined() }

    func logger(label: String = "test", level: Logger.Level = .trace) -> Logger {
        var logger = Logger(label: label) { label in
            JSONLogHandler(label: label) { [self] line in lock.withLock { storage.append(line) } }
        }
        logger.logLevel = level
        return logger
    }

    /// The decoded objects of the lines whose `message` is `message`.
    func entries(_ message: String) -> [[String: Any]] {
        lines.compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                object["message"] as? String == message
            else { return nil }
            return object
        }
    }
}
