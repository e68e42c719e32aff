import Foundation
import Logging
import PostgresNIO

/// Raw statements against the test server, for states the queue itself never creates.
enum PostgresAdmin {
    /// Drops `schema` and everything in it: every test leaves the server as it found it.
    static func dropSchema(url: String, schema: String) async throws {
        try await run(url: url, ["DROP SCHEMA IF EXISTS \"\(schema)\" CASCADE"])
    }

    /// Creates `schema` holding one table of another program, named `table`.
    static func createForeignTable(url: String, schema: String, table: String) async throws {
        try await run(url: url, ["CREATE SCHEMA \"\(schema)\"", "CREATE TABLE \"\(schema)\".\(table) (id bigint)"])
    }

    private static func run(url: String, _ statements: [String]) async throws {
        guard let components = URLComponents(string: url) else { throw URLError(.badURL) }
        let configuration = PostgresClient.Configuration(
            host: components.host ?? "127.0.0.1", port: components.port ?? 5432,
            username: components.user ?? "postgres", password: components.password,
            database: String(components.path.dropFirst()), tls: .disable
        )
        let client = PostgresClient(configuration: configuration)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            for statement in statements { try await client.query(PostgresQuery(unsafeSQL: statement)) }
            group.cancelAll()
        }
    }
}
