import Logging

/// How log lines look: `text` (swift-log's `StreamLogHandler`) or `json` (``JSONLogHandler``, one object per
/// line). Both write to standard error.
///
/// ```swift
/// LoggingSystem.bootstrap { label in LogFormat.json.makeHandler(label: label, level: .info) }
/// ```
public enum LogFormat: String, Sendable, Hashable, CaseIterable {
    /// `2025-03-01T10:00:00+0000 info backend-review: webhook.delivery=github:… [ReviewServer] queued`.
    case text
    /// `{"ts":…,"level":"info","label":"backend-review","message":"queued","metadata":{…}}`.
    case json

    /// A handler of this format for `label`, at `level`.
    public func makeHandler(label: String, level: Logger.Level = .info) -> any LogHandler {
        var handler: any LogHandler =
            switch self {
            case .text: StreamLogHandler.standardError(label: label)
            case .json: JSONLogHandler.standardError(label: label)
            }
        handler.logLevel = level
        return handler
    }
}
