import Hosts

/// A job that cannot succeed as configured or as delivered. Never retried.
public struct ReviewServiceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong and what to do.
    public var description: String

    init(_ description: String) {
        self.description = description
    }

    /// The host has no token or app configured.
    public static func noCredentials(_ kind: HostKind) -> ReviewServiceError {
        let name = kind.rawValue.uppercased()
        return ReviewServiceError(
            "no API credentials for \(kind.rawValue): set BACKEND_REVIEW_\(name)_TOKEN (or \(kind.rawValue).token in the config file)")
    }

    /// The stored job's payload does not decode.
    public static func badPayload(_ id: Int64, _ error: any Error) -> ReviewServiceError {
        ReviewServiceError("job \(id): payload does not decode as a webhook event (\(error)); it cannot run")
    }
}
