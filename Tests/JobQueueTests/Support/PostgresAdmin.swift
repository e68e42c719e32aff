import Foundation
import Logging
import PostgresNIO

/// Raw statements against the test server, for states the queue itself never creates.
enum PostgresAdmin {
    /// Creates `schema` holding one table of another program, named `table`.
    static func createForeignTable(url: String, schema: String, table: String) async throws {
        guard let components = URLComponents(string: url) else { throw URLError(.badURL) }
        let configuration = PostgresClient.Configuration(
            host: components.host ?? "127.0.0.1", port: components.port ?? 5432,
            username: components.user ?? "postgres", password: components.password,
            database: String(components.path.dropFirst()), tls: .disable
        )
        let client = PostgresClient(configuration: configuration)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            try await client.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \"\(schema)\""))
            try await client.query(PostgresQuery(unsafeSQL: "CREATE TABLE \"\(schema)\".\(table) (id bigint)"))
            group.cancelAll()
        }
    }
}
