import Foundation
import PostgresNIO

/// A parsed `postgres://` URL: the client configuration, the schema, and a printable location without the password.
struct PostgresTarget {
    let configuration: PostgresClient.Configuration
    let schema: String
    let location: String

    init(url: String, schema override: String?) throws {
        // The URL itself may hold the password, so errors name only what is wrong with it.
        guard let components = URLComponents(string: url), let scheme = components.scheme,
            ["postgres", "postgresql"].contains(scheme.lowercased()), let host = components.host, !host.isEmpty
        else {
            throw JobQueueError.cannotOpen(
                path: "postgres URL", reason: "expected postgres://user:password@host:port/database"
            )
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
            throw JobQueueError.cannotOpen(path: location, reason: "unknown sslmode '\(mode)'; use disable, prefer or require")
        }
        let schema = override ?? query["schema"] ?? "public"
        guard !schema.isEmpty, schema.count <= 63,
            schema.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || $0 == "_" }),
            schema.unicodeScalars.allSatisfy(\.isASCII), !(schema.first?.isNumber ?? true)
        else {
            throw JobQueueError.cannotOpen(
                path: location, reason: "schema '\(schema)' must be 1-63 ASCII letters, digits or _, not starting with a digit"
            )
        }
        self.schema = schema
        configuration = PostgresClient.Configuration(
            host: host, port: port, username: user, password: password, database: database.isEmpty ? nil : database,
            tls: tls
        )
    }
}
