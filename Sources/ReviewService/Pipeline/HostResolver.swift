import Hosts

/// Gives the pipeline the API client for a host (and, for a GitHub App, for the event's installation).
public protocol HostResolver: Sendable {
    /// The client for `kind`; throws a ``ReviewServiceError`` when the host has no credentials configured.
    func host(for kind: HostKind, installationID: Int?) async throws -> any CodeHost
}

/// A fixed client per host kind: tests, replays, and token-only deployments.
public struct StaticHostResolver: HostResolver {
    /// The clients.
    public var hosts: [HostKind: any CodeHost]

    /// Creates a resolver.
    public init(_ hosts: [HostKind: any CodeHost]) {
        self.hosts = hosts
    }

    public func host(for kind: HostKind, installationID: Int?) async throws -> any CodeHost {
        guard let host = hosts[kind] else { throw ReviewServiceError.noCredentials(kind) }
        return host
    }
}
