import Foundation
import SQLiteNIO

extension SQLiteConnection {
    /// Runs one statement and returns its rows (`RETURNING` rows for writes).
    @discardableResult
    func rows(_ sql: String, _ binds: [SQLiteData] = []) async throws -> [SQLiteRow] {
        try await query(sql, binds)
    }

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction: the write lock is taken up front, so no other process can
    /// commit between this transaction's reads and writes. Rolls back when `body` throws.
    func immediateTransaction<T>(_ body: () async throws -> T) async throws -> T {
        try await rows("BEGIN IMMEDIATE")
        do {
            let result = try await body()
            try await rows("COMMIT")
            return result
        } catch {
            _ = try? await rows("ROLLBACK")
            throw error
        }
    }
}

extension SQLiteData {
    /// A date as Unix seconds; the column stays readable with SQLite's `datetime(x, 'unixepoch')`.
    init(_ date: Date) { self = .float(date.timeIntervalSince1970) }

    /// An optional string, `NULL` when absent.
    init(_ string: String?) { self = string.map { .text($0) } ?? .null }

    /// A blob. SQLite binds an empty buffer as `NULL`, so writers wrap the parameter in `coalesce(?, x'')`.
    init(_ data: Data) { self = .blob(ByteBuffer(bytes: data)) }

    /// An integer.
    init(_ value: Int64) { self = .integer(SQLiteInt64(value)) }
}

extension Duration {
    /// The duration in seconds, with its fraction.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
