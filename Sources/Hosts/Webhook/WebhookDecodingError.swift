/// Why a delivery could not be decoded. The server answers 400 with ``description`` as the short reason.
///
/// A struct wrapping a private enum, so new cases can be added without breaking callers; compare ``code``.
public struct WebhookDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Sendable, Hashable {
        case malformedJSON(reason: String)
        case missingField(path: String)
        case wrongType(path: String, expected: String)
        case unreadableValue
        case missingEventHeader(names: [String])
    }

    /// The kind of failure, for matching: `error.code == .missingField`.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        /// The body is not JSON (syntax error, invalid UTF-8, too deeply nested, number out of range).
        public static let malformedJSON = Code("malformed JSON")
        /// A field the event needs is absent or `null`.
        public static let missingField = Code("missing field")
        /// A field has the wrong JSON type or an unusable value.
        public static let wrongType = Code("wrong type")
        /// No header names the event, so the body cannot be interpreted.
        public static let missingEventHeader = Code("missing event header")
        /// The code's name.
        public var description: String { name }
    }

    private let kind: Kind
    /// The host whose payload was being decoded.
    public let host: HostKind

    private init(_ kind: Kind, host: HostKind) {
        self.kind = kind
        self.host = host
    }

    static func malformedJSON(_ reason: String, host: HostKind) -> Self {
        Self(.malformedJSON(reason: reason), host: host)
    }

    static func missingField(_ path: String, host: HostKind) -> Self {
        Self(.missingField(path: path), host: host)
    }

    static func wrongType(_ path: String, expected: String, host: HostKind) -> Self {
        Self(.wrongType(path: path, expected: expected), host: host)
    }

    static func unreadableValue(host: HostKind) -> Self {
        Self(.unreadableValue, host: host)
    }

    static func missingEventHeader(_ names: [String], host: HostKind) -> Self {
        Self(.missingEventHeader(names: names), host: host)
    }

    /// The kind of failure.
    public var code: Code {
        switch kind {
        case .malformedJSON: .malformedJSON
        case .missingField: .missingField
        case .wrongType, .unreadableValue: .wrongType
        case .missingEventHeader: .missingEventHeader
        }
    }

    /// The JSON path of the offending field (`pull_request.head.sha`), when the error is about one field.
    public var path: String? {
        switch kind {
        case .missingField(let path), .wrongType(let path, _): path
        case .malformedJSON, .missingEventHeader, .unreadableValue: nil
        }
    }

    /// A short, single-line reason suitable for a 400 response body and the log.
    public var description: String {
        switch kind {
        case .malformedJSON(let reason):
            "\(host.rawValue) webhook: malformed JSON body: \(reason)"
        case .missingField(let path):
            "\(host.rawValue) webhook: required field '\(path)' is missing or null"
        case .wrongType(let path, let expected):
            "\(host.rawValue) webhook: field '\(path)' is not \(expected)"
        case .unreadableValue:
            "\(host.rawValue) webhook: a value the event needs could not be read "
                + "(a number that is fractional or too large for an integer, or a string that is not UTF-8)"
        case .missingEventHeader(let names):
            "\(host.rawValue) webhook: no event header (expected \(names.joined(separator: " or ")))"
        }
    }
}
