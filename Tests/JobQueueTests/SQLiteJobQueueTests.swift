import Foundation
import JobQueue
import SQLiteNIO
import Testing

/// What only the SQLite store does: the file's mode and schema, and clear errors for files it cannot use.
struct SQLiteJobQueueTests {
    private static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jq-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private static func openError(_ path: String) async -> JobQueueError? {
        do {
            let queue = try await SQLiteJobQueue.open(path: path, logger: .quiet)
            try? await queue.close()
            return nil
        } catch {
            return error as? JobQueueError
        }
    }

    @Test func fileIsInWALModeWithTheCurrentSchema() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(SQLiteJobQueue.defaultFileName).path
        let queue = try await SQLiteJobQueue.open(path: path, logger: .quiet)
        #expect(queue.path == path)
        _ = try await queue.enqueue(standalone("a"))
        try await queue.close()
        let header = try #require(FileManager.default.contents(atPath: path))
        #expect(header.starts(with: Data("SQLite format 3\0".utf8)))
        // Bytes 18 and 19 are the read and write format versions: 2 means WAL.
        #expect(header[18] == 2 && header[19] == 2)
        // user_version, big-endian at offset 60.
        #expect(header[60..<64].reduce(0) { $0 << 8 | Int($1) } == 1)
    }

    @Test func writesReachTheDatabaseFileWithoutAClose() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(SQLiteJobQueue.defaultFileName).path
        let queue = try await SQLiteJobQueue.open(path: path, logger: .quiet)
        let payload = Data(repeating: UInt8(ascii: "x"), count: 1_024)
        for index in 0..<1_000 {
            _ = try await queue.enqueue(NewJob(deliveryID: "d\(index)", kind: .comment, coalesceKey: nil, payload: payload))
        }
        // The background checkpoint copies the WAL into the file soon after the writes; allow a loaded machine time.
        let deadline = ContinuousClock.now + .seconds(20)
        var size = 0
        while ContinuousClock.now < deadline {
            size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size > 1_000_000 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(size > 1_000_000)
        try await queue.close()
    }

    @Test func fileThatIsNotSQLiteIsRefusedByName() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("queue.sqlite").path
        try Data(String(repeating: "not a database, just text\n", count: 200).utf8)
            .write(to: URL(fileURLWithPath: path), options: [])
        let error = try #require(await Self.openError(path))
        #expect(error.code == .notAQueue)
        #expect(error.description.contains(path))
        #expect(error.description.contains("not a job queue"))
        #expect(error.description.contains("move the file aside"))
    }

    @Test func anotherProgramsDatabaseIsRefused() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("other.sqlite").path
        try await Self.sqlite3(path, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
        let error = try #require(await Self.openError(path))
        #expect(error.code == .notAQueue)
        #expect(error.description.contains("another program"))
    }

    @Test func newerSchemaIsRefusedWithAnUpgradeHint() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("queue.sqlite").path
        let queue = try await SQLiteJobQueue.open(path: path, logger: .quiet)
        try await queue.close()
        try await Self.sqlite3(path, "PRAGMA user_version = 99")
        let error = try #require(await Self.openError(path))
        #expect(error.code == .newerSchema)
        #expect(error.description.contains("99"))
        #expect(error.description.contains("upgrade"))
    }

    @Test func missingDirectoryIsACannotOpenError() async throws {
        let path = "/nonexistent-\(UUID().uuidString)/queue.sqlite"
        let error = try #require(await Self.openError(path))
        #expect(error.code == .cannotOpen)
        #expect(error.description.hasPrefix("cannot open queue at \(path)"))
    }

    @Test func manyHandlesOpeningANewFileAtOnceAllSucceed() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("queue.sqlite").path
        let queues = try await withThrowingTaskGroup(of: SQLiteJobQueue.self) { group in
            for _ in 0..<6 { group.addTask { try await SQLiteJobQueue.open(path: path, logger: .quiet) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for (index, queue) in queues.enumerated() { _ = try await queue.enqueue(standalone("d\(index)")) }
        #expect(try await queues[0].stats().counts[.queued] == 6)
        for queue in queues { try await queue.close() }
    }

    /// Writes to the file directly, the way another program would.
    private static func sqlite3(_ path: String, _ sql: String) async throws {
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: .quiet)
        do {
            _ = try await connection.query(sql)
        } catch {
            try await connection.close()
            throw error
        }
        try await connection.close()
    }
}
