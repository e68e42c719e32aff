import Foundation
import PostgresNIO

/// A parsed `postgres://` URL: the client configuration, the schema, and a printable location without the password.
///
/// Understands `postgres://user:password@host:port/database?sslmode=disable|prefer|require&schema=name`
/// (`postgresql://` too). The password is kept only in ``configuration``: ``location`` and every error leave it out.
public struct PostgresTarget: Sendable {
    /// The client's settings: host, port, user, password, database and TLS.
    public let configuration: PostgresClient.Configuration
    /// The schema to use (`?schema=`, or `public`).
    public let schema: String
    /// `postgres://user@host:port/database`, for errors and logs.
    public let location: String

    /// Parses `url`; `schema` overrides the URL's `?schema=`.
    /// - Throws: ``PostgresTargetError`` naming what is wrong, never quoting the URL.
    public init(url: String, schema override: String? = nil) throws(PostgresTargetError) {
        // The URL itself may hold the password, so errors name only what is wrong with it.
        guard let components = URLComponents(string: url), let scheme = components.scheme,
            ["postgres", "postgresql"].contains(scheme.lowercased()), let host = components.host, !host.isEmpty
        else {
            throw PostgresTargetError(location: "postgres URL", reason: "expected postgres://user:password@host:port/database")
        }
        let user = components.percentEncodedUser?.removingPercentEncoding ?? "postgres"
        let password = components.percentEncodedPassword?.removingPercentEncoding
        let port = components.port ?? 5432
        var database = components.path
        if database.hasPrefix("/") { database.removeFirst() }
        let query = Dictionary(
            (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last }
        )
        location = "postgres://\(user)@\(host):\(port)/\(database)"
        let tls: PostgresClient.Configuration.TLS
        switch query["sslmode"] ?? "prefer" {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer(.makeClientConfiguration())
        case "require", "verify-ca", "verify-full": tls = .require(.makeClientConfiguration())
        case let mode:
            throw PostgresTargetError(location: location, reason: "unknown sslmode '\(mode)'; use disable, prefer or require")
        }
        let schema = override ?? query["schema"] ?? "public"
        guard Self.isIdentifier(schema) else {
            throw PostgresTargetError(
                location: location, reason: "schema '\(schema)' must be 1-63 ASCII letters, digits or _, not starting with a digit"
            )
        }
        self.schema = schema
        configuration = PostgresClient.Configuration(
            host: host, port: port, username: user, password: password, database: database.isEmpty ? nil : database,
            tls: tls
        )
    }

    /// Whether `url` names a PostgreSQL database (by its scheme), so a caller can choose the store.
    public static func isPostgresURL(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    /// `url` with its password replaced by `***`, for configuration reports; unparsable text is hidden whole.
    public static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.scheme != nil else { return "***" }
        if components.percentEncodedPassword != nil { components.percentEncodedPassword = "***" }
        return components.string ?? "***"
    }

    /// A schema name safe to splice into SQL: it cannot be a bind parameter.
    static func isIdentifier(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 63 && name.unicodeScalars.allSatisfy(\.isASCII)
            && name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || $0 == "_" })
            && !(name.first?.isNumber ?? true)
    }
}

/// A `postgres://` URL that cannot be used: where (without the password) and why.
public struct PostgresTargetError: Error, CustomStringConvertible, Sendable {
    /// `postgres://user@host:port/database`, or "postgres URL" when even that could not be read.
    public let location: String
    /// What is wrong and what to write instead.
    public let reason: String

    /// One line.
    public var description: String { "\(location): \(reason)" }
}
