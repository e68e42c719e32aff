import Foundation
import Logging

/// Writes one JSON object per line: `ts`, `level`, `label`, `message`, `metadata`, in that order.
///
/// ```json
/// {"ts":"2025-03-01T10:00:00.123Z","level":"info","label":"backend-review","message":"queued","metadata":{"webhook.delivery":"github:72d3…"}}
/// ```
/// Metadata keys are dotted (`webhook.delivery`) and sorted. Bootstrap it with ``LogFormat/json``.
public struct JSONLogHandler: LogHandler {
    /// Handler metadata, added to every line.
    public var metadata: Logger.Metadata = [:]
    /// The minimum level.
    public var logLevel: Logger.Level = .info
    /// Contextual metadata (task-locals), merged under explicit metadata.
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let write: @Sendable (String) -> Void

    /// Creates a handler that hands each line (with its `\n`) to `write`.
    public init(
        label: String, metadataProvider: Logger.MetadataProvider? = nil, write: @escaping @Sendable (String) -> Void
    ) {
        self.label = label
        self.metadataProvider = metadataProvider
        self.write = write
    }

    /// A handler writing to standard error, one `write(2)` per line so concurrent lines never interleave.
    public static func standardError(label: String, metadataProvider: Logger.MetadataProvider? = nil) -> Self {
        JSONLogHandler(label: label, metadataProvider: metadataProvider) { line in
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// One metadata value.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Writes the event as one line.
    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get(), !provided.isEmpty {
            merged.merge(provided) { $1 }
        }
        if let explicit = event.metadata, !explicit.isEmpty {
            merged.merge(explicit) { $1 }
        }
        if let error = event.error {
            merged["error.type"] = .string(String(reflecting: type(of: error)))
        }
        write(Self.line(
            timestamp: Self.timestamp(), level: event.level, label: label, message: event.message.description,
            metadata: merged
        ))
    }

    @available(*, deprecated, renamed: "log(event:)")
    public func log(
        level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String,
        function: String, line: UInt
    ) {
        log(event: LogEvent(
            level: level, message: message, metadata: metadata, source: source, file: file, function: function,
            line: line
        ))
    }

    /// The line for one event, ending in `\n`.
    static func line(
        timestamp: String, level: Logger.Level, label: String, message: String, metadata: Logger.Metadata
    ) -> String {
        var line = #"{"ts":"# + JSONText.quoted(timestamp)
        line += #","level":"# + JSONText.quoted(level.rawValue)
        line += #","label":"# + JSONText.quoted(label)
        line += #","message":"# + JSONText.quoted(message)
        line += #","metadata":"# + json(.dictionary(metadata))
        return line + "}\n"
    }

    private static func json(_ value: Logger.Metadata.Value) -> String {
        switch value {
        case .string(let string): JSONText.quoted(string)
        case .stringConvertible(let convertible): JSONText.quoted(convertible.description)
        case .array(let values): "[" + values.map(json).joined(separator: ",") + "]"
        case .dictionary(let dictionary):
            "{" + dictionary.sorted { $0.key < $1.key }.map { JSONText.quoted($0.key) + ":" + json($0.value) }
                .joined(separator: ",") + "}"
        }
    }

    /// Now in UTC, ISO 8601 with milliseconds: `2025-03-01T10:00:00.123Z`.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return pad(parts.tm_year + 1900, 4) + "-" + pad(parts.tm_mon + 1, 2) + "-" + pad(parts.tm_mday, 2)
            + "T" + pad(parts.tm_hour, 2) + ":" + pad(parts.tm_min, 2) + ":" + pad(parts.tm_sec, 2)
            + "." + pad(Int32(now.tv_nsec / 1_000_000), 3) + "Z"
    }
}
