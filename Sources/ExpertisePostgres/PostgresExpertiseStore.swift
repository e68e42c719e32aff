import Expertise
import Foundation
import Logging
import PostgresSupport

/// The expertise memory for several replicas: each repository's memory is one row in PostgreSQL, and every update
/// is serialised through the database, so replicas on any number of machines never lose one. After each write the
/// YAML text is also written to the data directory (same path as ``FileExpertiseStore``), so the file stays the
/// human-readable record.
///
/// CONTRACT (lead): the helper fills in the bodies; signatures stay.
public final class PostgresExpertiseStore: ExpertiseStore {
    /// `postgres://user@host:port/database`, never with the password.
    public var location: String { fatalError("contract") }

    /// Connects to `url` (see ``PostgresTarget``), migrates the expertise tables (safe when replicas start at once)
    /// and materialises YAML under `dataDirectory` when it is not `nil`.
    public static func open(
        url: String, schema: String? = nil, dataDirectory: String?, maximumConnections: Int = 4, logger: Logger
    ) async throws -> PostgresExpertiseStore {
        fatalError("contract")
    }

    /// Closes the pool.
    public func close() async { fatalError("contract") }

    public func load(_ location: MemoryLocation) async throws -> LoadedMemory { fatalError("contract") }

    public func update<T: Sendable>(
        _ location: MemoryLocation, repositoryName: String?, _ change: @Sendable (inout ExpertiseMemory) throws -> T
    ) async throws -> MemoryUpdate<T> {
        fatalError("contract")
    }
}
