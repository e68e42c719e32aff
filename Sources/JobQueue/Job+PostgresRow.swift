import Foundation
import PostgresNIO
import PostgresSupport

extension Job {
    /// Builds a job from a `jobs` row (`SELECT *` or `RETURNING *`).
    init(row: PostgresRow, location: String) throws {
        let columns = row.makeRandomAccess()
        func cell<T: PostgresDecodable>(_ name: String, _ type: T.Type) throws -> T {
            guard columns.contains(name) else {
                throw JobQueueError.notAQueue(path: location, reason: "the jobs table has no column \(name)")
            }
            do {
                return try columns[name].decode(T.self)
            } catch {
                throw JobQueueError.notAQueue(path: location, reason: "column \(name) cannot be read: \(error)")
            }
        }
        let id = try cell("id", Int64.self)
        let kindText = try cell("kind", String.self)
        let stateText = try cell("state", String.self)
        guard let kind = JobKind(rawValue: kindText) else {
            throw JobQueueError.notAQueue(path: location, reason: "job \(id) has unknown kind '\(kindText)'")
        }
        guard let state = JobState(rawValue: stateText) else {
            throw JobQueueError.notAQueue(path: location, reason: "job \(id) has unknown state '\(stateText)'")
        }
        self.init(
            id: id,
            deliveryID: try cell("delivery_id", String.self),
            kind: kind,
            coalesceKey: try cell("coalesce_key", String?.self),
            payload: try cell("payload", Data?.self) ?? Data(),
            state: state,
            attempts: Int(try cell("attempts", Int64.self)),
            maxAttempts: Int(try cell("max_attempts", Int64.self)),
            availableAt: Date(timeIntervalSince1970: try cell("available_at", Double.self)),
            leaseOwner: try cell("lease_owner", String?.self),
            leaseExpiresAt: try cell("lease_expires_at", Double?.self).map(Date.init(timeIntervalSince1970:)),
            createdAt: Date(timeIntervalSince1970: try cell("created_at", Double.self)),
            updatedAt: Date(timeIntervalSince1970: try cell("updated_at", Double.self)),
            lastError: try cell("last_error", String?.self),
            supersededBy: try cell("superseded_by", Int64?.self)
        )
    }
}
