import Foundation
import SQLiteNIO

extension Job {
    /// Builds a job from a `jobs` row (`SELECT *` or `RETURNING *`).
    init(row: SQLiteRow, path: String) throws {
        func value(_ column: String) throws -> SQLiteData {
            guard let data = row.column(column) else {
                throw JobQueueError.notAQueue(path: path, reason: "the jobs table has no column \(column)")
            }
            return data
        }
        func integer(_ column: String) throws -> Int64 {
            guard let integer = try value(column).integer else {
                throw JobQueueError.notAQueue(path: path, reason: "column \(column) holds \(try value(column))")
            }
            return Int64(integer)
        }
        func date(_ column: String) throws -> Date? {
            let data = try value(column)
            if data.isNull { return nil }
            guard let seconds = data.double else {
                throw JobQueueError.notAQueue(path: path, reason: "column \(column) holds \(data)")
            }
            return Date(timeIntervalSince1970: seconds)
        }
        func requiredDate(_ column: String) throws -> Date {
            guard let date = try date(column) else {
                throw JobQueueError.notAQueue(path: path, reason: "column \(column) is NULL")
            }
            return date
        }
        let id = try integer("id")
        let kindText = try value("kind").string ?? ""
        let stateText = try value("state").string ?? ""
        guard let kind = JobKind(rawValue: kindText) else {
            throw JobQueueError.notAQueue(path: path, reason: "job \(id) has unknown kind '\(kindText)'")
        }
        guard let state = JobState(rawValue: stateText) else {
            throw JobQueueError.notAQueue(path: path, reason: "job \(id) has unknown state '\(stateText)'")
        }
        let payload = try value("payload").blob.map { Data($0.readableBytesView) } ?? Data()
        let supersededBy = try value("superseded_by").integer.map(Int64.init)
        self.init(
            id: id,
            deliveryID: try value("delivery_id").string ?? "",
            kind: kind,
            coalesceKey: try value("coalesce_key").string,
            payload: payload,
            state: state,
            attempts: Int(try integer("attempts")),
            maxAttempts: Int(try integer("max_attempts")),
            availableAt: try requiredDate("available_at"),
            leaseOwner: try value("lease_owner").string,
            leaseExpiresAt: try date("lease_expires_at"),
            createdAt: try requiredDate("created_at"),
            updatedAt: try requiredDate("updated_at"),
            lastError: try value("last_error").string,
            supersededBy: supersededBy
        )
    }
}
