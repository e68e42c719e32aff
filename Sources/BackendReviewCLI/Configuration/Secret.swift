/// A token or private key read from the environment or a file. Printing, interpolating or dumping it shows
/// `<redacted>`; only ``revealed`` gives the value, at the one place that sends it to a host.
struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    init(_ value: String) {
        self.value = value
    }

    /// The value itself, for the `Authorization` header or the JWT signer. Never log it.
    var revealed: String { value }
    var isEmpty: Bool { value.isEmpty }
    var description: String { "<redacted>" }
    var debugDescription: String { "<redacted>" }
    var customMirror: Mirror { Mirror(self, children: [:]) }
}
