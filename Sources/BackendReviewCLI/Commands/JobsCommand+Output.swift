import Foundation
import JobQueue

/// How `jobs list` and `jobs show` print jobs: a table and a detail view for people, JSON for scripts.
enum JobsOutput {
    /// One row per job: id, state, kind, attempts, key, age, last error (truncated).
    static func table(_ jobs: [Job], now: Date) -> String {
        guard !jobs.isEmpty else { return "no jobs" }
        let header = ["ID", "STATE", "KIND", "ATTEMPTS", "KEY", "AGE", "LAST ERROR"]
        let rows = jobs.map { job in
            [
                String(job.id), job.state.rawValue, job.kind.rawValue, "\(job.attempts)/\(job.maxAttempts)",
                job.coalesceKey ?? "-", age(now.timeIntervalSince(job.createdAt)),
                job.lastError.map { truncate(oneLine($0), to: 60) } ?? "",
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { cells in
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }

    /// Every field, one per line, then the payload (pretty JSON when it is JSON).
    static func details(_ job: Job, now: Date) -> String {
        var lines: [(String, String)] = [
            ("id", String(job.id)),
            ("delivery", job.deliveryID),
            ("kind", job.kind.rawValue),
            ("state", job.state.rawValue),
            ("attempts", "\(job.attempts)/\(job.maxAttempts)"),
            ("key", job.coalesceKey ?? "-"),
            ("created", "\(timestamp(job.createdAt)) (\(age(now.timeIntervalSince(job.createdAt))) ago)"),
            ("updated", "\(timestamp(job.updatedAt)) (\(age(now.timeIntervalSince(job.updatedAt))) ago)"),
            ("available", timestamp(job.availableAt)),
        ]
        if let owner = job.leaseOwner {
            lines.append(("lease", "\(owner) until \(job.leaseExpiresAt.map(timestamp) ?? "?")"))
        }
        if let supersededBy = job.supersededBy { lines.append(("superseded by", String(supersededBy))) }
        if let error = job.lastError { lines.append(("last error", error)) }
        let width = lines.map(\.0.count).max() ?? 0
        var text = lines.map { "\(($0.0 + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0))\($0.1)" }
            .joined(separator: "\n")
        text += "\npayload (\(job.payload.count) bytes):\n" + payloadText(job.payload)
        return text
    }

    /// A job as JSON-ready fields; the payload, when included, is embedded as JSON when it parses as JSON.
    static func fields(_ job: Job, payload: Bool) -> [String: Any] {
        var fields: [String: Any] = [
            "id": job.id, "delivery_id": job.deliveryID, "kind": job.kind.rawValue, "state": job.state.rawValue,
            "attempts": job.attempts, "max_attempts": job.maxAttempts, "coalesce_key": job.coalesceKey ?? NSNull(),
            "available_at": timestamp(job.availableAt), "created_at": timestamp(job.createdAt),
            "updated_at": timestamp(job.updatedAt), "lease_owner": job.leaseOwner ?? NSNull(),
            "lease_expires_at": job.leaseExpiresAt.map(timestamp) ?? NSNull(),
            "last_error": job.lastError ?? NSNull(), "superseded_by": job.supersededBy ?? NSNull(),
            "payload_bytes": job.payload.count,
        ]
        if payload {
            if let object = try? JSONSerialization.jsonObject(with: job.payload, options: .fragmentsAllowed) {
                fields["payload"] = object
            } else if let text = String(data: job.payload, encoding: .utf8) {
                fields["payload"] = text
            } else {
                fields["payload_base64"] = job.payload.base64EncodedString()
            }
        }
        return fields
    }

    /// Pretty, key-sorted JSON.
    static func json(_ value: Any) -> String {
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: options) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    static func payloadText(_ payload: Data) -> String {
        if let object = try? JSONSerialization.jsonObject(with: payload, options: .fragmentsAllowed) {
            return json(object)
        }
        if let text = String(data: payload, encoding: .utf8) { return text }
        return "<\(payload.count) bytes, not text>"
    }

    /// `42s`, `5m`, `3h`, `2d`: the largest unit that fits.
    static func age(_ seconds: TimeInterval) -> String {
        let seconds = max(0, Int(seconds))
        switch seconds {
        case ..<60: return "\(seconds)s"
        case ..<3_600: return "\(seconds / 60)m"
        case ..<86_400: return "\(seconds / 3_600)h"
        default: return "\(seconds / 86_400)d"
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.ISO8601Format()
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func truncate(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
