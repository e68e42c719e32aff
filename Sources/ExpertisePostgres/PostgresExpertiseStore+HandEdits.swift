import Expertise
import Foundation
import Logging

/// People may edit the YAML file, the human-readable record. Each document the store writes starts with a
/// `# backend-review-revision: N` line naming its revision, so a file that names the row's current revision but
/// differs from the stored document was edited by a person since, and is taken in instead of overwritten. A file
/// naming an older revision (or none) is a stale copy, on a replica whose disk is not shared, and is replaced.
extension PostgresExpertiseStore {
    static let revisionPrefix = "# backend-review-revision: "

    /// `text` with its first line naming `revision` (an older such line dropped).
    static func stamped(_ text: String, revision: Int64) -> String {
        revisionPrefix + String(revision) + "\n" + withoutRevision(text)
    }

    /// `text` without its revision line.
    static func withoutRevision(_ text: String) -> String {
        guard text.hasPrefix(revisionPrefix), let end = text.firstIndex(of: "\n") else { return text }
        return String(text[text.index(after: end)...])
    }

    /// The revision the first line of `text` names.
    static func revision(in text: String) -> Int64? {
        guard text.hasPrefix(revisionPrefix) else { return nil }
        return Int64(text.dropFirst(revisionPrefix.count).prefix { $0 != "\n" })
    }

    /// The person's leading comments of `text`, without the store's revision line.
    static func header(of text: String) -> [String] {
        MemoryCodec.leadingComments(of: withoutRevision(text))
    }

    /// The data directory's file of `host`/`path` when a person edited it after the replica wrote `row`; nil when
    /// there is no file, it is the stored document, or it is a stale copy. A hand edit that does not decode is moved
    /// aside (`.corrupt-<UTC>`, logged), so the next write does not destroy it, and nil is returned.
    func handEdit(of row: Row, host: String, path: String) -> (memory: ExpertiseMemory, text: String)? {
        guard let files, !row.isUnwritten else { return nil }
        let location = MemoryLocation.repository(host: host, path: path)
        guard let file = try? files.fileURL(for: location), let bytes = FileManager.default.contents(atPath: file),
            let text = String(bytes: bytes, encoding: .utf8), text != row.document,
            Self.revision(in: text) == row.revision
        else { return nil }
        switch try? files.readFile(location) {
        case .decoded(let memory, let text)?:
            logger.notice("expertise file edited by hand; taking it in", metadata: ["expertise.file": "\(file)"])
            return (memory, text)
        case .corrupt(let error)?:
            let movedTo = (try? files.setAside(location)) ?? file
            logger.warning(
                "expertise file edited by hand does not decode; moved aside, the database's memory is kept",
                metadata: ["expertise.file": "\(file)", "expertise.moved_to": "\(movedTo)", "expertise.error": "\(error)"])
            return nil
        case .missing?, nil:
            return nil
        }
    }
}
