/// One problem in the configuration: which key, where it was set, what is wrong and what to do.
struct ConfigDiagnostic: Sendable, Hashable, CustomStringConvertible {
    enum Severity: String, Sendable, Hashable {
        /// `serve` refuses to start; `config check` exits 2.
        case error
        /// Starts, but something won't work as the operator may expect.
        case warning
    }

    var severity: Severity
    /// The configuration key (`github.token`), or the variable for an unknown environment variable.
    var key: String
    /// Where the offending value was set, when it was.
    var source: ValueSource?
    var message: String

    static func error(_ key: String, _ message: String, at source: ValueSource? = nil) -> Self {
        ConfigDiagnostic(severity: .error, key: key, source: source, message: message)
    }

    static func warning(_ key: String, _ message: String, at source: ValueSource? = nil) -> Self {
        ConfigDiagnostic(severity: .warning, key: key, source: source, message: message)
    }

    /// `error: config.yml:12: server.port: "abc" is not a number; use 1-65535`.
    var description: String {
        var text = "\(severity.rawValue): "
        if let source, source != .defaultValue { text += "\(source): " }
        return text + "\(key): \(message)"
    }
}
