/// A webhook secret. Its description never shows the value, so it can't leak into a log line.
public struct WebhookSecret: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    let bytes: [UInt8]

    public init(_ value: String) {
        bytes = Array(value.utf8)
    }

    public var isEmpty: Bool { bytes.isEmpty }
    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    /// `dump` and debuggers see no bytes either.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
