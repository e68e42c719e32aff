import Expertise
import ExpertisePostgres
import Foundation
import Logging
import PostgresNIO
import PostgresSupport

/// The test server, when one is configured.
let testDatabaseURL = ProcessInfo.processInfo.environment["BACKEND_REVIEW_TEST_DATABASE_URL"].flatMap {
    $0.isEmpty ? nil : $0
}

extension Logger {
    static let quiet = Logger(label: "expertise-postgres-tests") { _ in SwiftLogNoOpLogHandler() }
}

/// A fresh schema on the test server and a fresh data directory, both removed by ``finish()``; raw statements for
/// states the store itself never creates.
struct TestDatabase: Sendable {
    let url: String
    let schema = "ex_" + UUID().uuidString.lowercased().filter { $0 != "-" }
    let dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "expertise-pg-\(UUID().uuidString)"
    ).path

    /// Opens a store on this schema, materialising into the data directory unless `writingFiles` is false.
    func open(maximumConnections: Int = 4, writingFiles: Bool = true) async throws -> PostgresExpertiseStore {
        try await PostgresExpertiseStore.open(
            url: url, schema: schema, dataDirectory: writingFiles ? dataDirectory : nil,
            maximumConnections: maximumConnections, logger: .quiet)
    }

    /// Runs `sql` in the schema and returns every row's first column as text (`NULL` as nil).
    @discardableResult
    func query(_ sql: String) async throws -> [String?] {
        let pool = PostgresPool.connect(try PostgresTarget(url: url, schema: schema), maximumConnections: 1, logger: .quiet)
        do {
            let values = try await pool.transaction { connection, logger in
                try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect().map { row in
                    try row.decode(String?.self)
                }
            }
            await pool.close()
            return values
        } catch {
            await pool.close()
            throw error
        }
    }

    /// The stored document and revision of a repository, or nil when it has no row.
    func stored(host: String, path: String) async throws -> (document: String, revision: Int)? {
        let key = "host = '\(host)' AND path = '\(path)'"
        let documents = try await query("SELECT document FROM expertise_memories WHERE \(key)")
        let revisions = try await query("SELECT revision::text FROM expertise_memories WHERE \(key)")
        guard let document = documents.first ?? nil, let revision = revisions.first.flatMap({ $0 }).flatMap(Int.init)
        else { return nil }
        return (document, revision)
    }

    /// The YAML file a repository's memory is materialised to.
    func file(host: String, path: String) throws -> String {
        try FileExpertiseStore(dataDirectory: dataDirectory).fileURL(for: .repository(host: host, path: path))
    }

    /// Drops the schema and deletes the data directory.
    func finish() async throws {
        try? FileManager.default.removeItem(atPath: dataDirectory)
        let pool = PostgresPool.connect(try PostgresTarget(url: url), maximumConnections: 1, logger: .quiet)
        let statement = "DROP SCHEMA IF EXISTS \"\(schema)\" CASCADE"
        do {
            _ = try await pool.transaction { connection, logger in
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
        } catch {
            await pool.close()
            throw error
        }
        await pool.close()
    }
}

/// Runs `body` with a fresh schema and data directory, and removes both afterwards, also when `body` throws.
func withTestDatabase(_ body: (TestDatabase) async throws -> Void) async throws {
    guard let url = testDatabaseURL else { return }
    let database = TestDatabase(url: url)
    do {
        try await body(database)
    } catch {
        try? await database.finish()
        throw error
    }
    try await database.finish()
}

/// Reads a text file, or nil when it is missing.
func readText(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
}

/// Writes a text file and its directories (not atomically: Foundation's atomic write leaks on Linux).
func writeText(_ text: String, to path: String) throws {
    try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: [])
}

/// The inode of a file, to tell a rewrite (a rename over it) from no write.
func inode(_ path: String) throws -> Int? {
    try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
}
