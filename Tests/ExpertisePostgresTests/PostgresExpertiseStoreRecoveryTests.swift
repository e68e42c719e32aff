import Expertise
import ExpertisePostgres
import Foundation
import Testing

/// Documents that do not decode are set aside, never overwritten; the single machine's YAML file is imported on a
/// repository's first update.
@Suite(.enabled(if: testDatabaseURL != nil, "BACKEND_REVIEW_TEST_DATABASE_URL is not set"))
struct PostgresExpertiseStoreRecoveryTests {
    let shop = MemoryLocation.repository(host: "github", path: "acme/shop")

    @Test func aStoredDocumentThatDoesNotDecodeIsRejectedAndANewMemoryStarted() async throws {
        try await withTestDatabase { db in
            let store = try await db.open()
            _ = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled = 40 }
            let broken = "version: '1.0'\ntasks_handled: [oops\n"
            // No file to fall back on (a replica whose disk holds none): the database's document is all there is.
            try FileManager.default.removeItem(atPath: try db.file(host: "github", path: "acme/shop"))
            try await db.query(
                "UPDATE expertise_memories SET document = $$\(broken)$$ WHERE host = 'github' AND path = 'acme/shop'")

            let loaded = try await store.load(shop)
            #expect(loaded.memory == nil)
            let problem = try #require(loaded.problem)
            #expect(problem.path == store.location + "/expertise/github/acme/shop")
            #expect(try await db.stored(host: "github", path: "acme/shop")?.document == broken)  // load wrote nothing

            let result = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
            let recovered = try #require(result.recovered)
            let id = try #require(try await db.query("SELECT id::text FROM expertise_rejected").first ?? nil)
            #expect(recovered.movedTo == "\(store.location) expertise_rejected #\(id)")
            #expect(recovered.error == problem)
            #expect(try await db.query("SELECT document FROM expertise_rejected") == [broken])
            #expect(try await db.query("SELECT reason FROM expertise_rejected") == [problem.description])
            #expect(try await store.load(shop).memory?.tasksHandled == 1)
            let stored = try #require(try await db.stored(host: "github", path: "acme/shop"))
            #expect(stored.revision == 2)
            #expect(readText(try db.file(host: "github", path: "acme/shop")) == stored.document)
            await store.close()
        }
    }

    @Test func theDataDirectorysFileIsImportedOnTheFirstUpdate() async throws {
        try await withTestDatabase { db in
            let path = try db.file(host: "github", path: "acme/shop")
            try writeText("# Kept by the shop team.\nversion: '1.4'\ntasks_handled: 7\nowner: shop-team\n", to: path)
            let store = try await db.open()
            // Before the first update, load reads the file and writes nothing.
            #expect(try await store.load(shop).memory?.tasksHandled == 7)
            #expect(try await db.stored(host: "github", path: "acme/shop") == nil)

            let result = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
            #expect(result.written && result.recovered == nil)
            let stored = try #require(try await db.stored(host: "github", path: "acme/shop"))
            #expect(stored.document.hasPrefix("# backend-review-revision: 1\n# Kept by the shop team.\n"))
            #expect(stored.document.contains("owner: shop-team"))
            #expect(readText(path) == stored.document)
            #expect(try await store.load(shop).memory?.tasksHandled == 8)

            // Once the database holds the memory, a file not naming its revision (not an edit of it) never overrides it.
            try writeText("tasks_handled: 100\n", to: path)
            _ = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
            #expect(try await store.load(shop).memory?.tasksHandled == 9)
            await store.close()
        }
    }

    @Test func aCorruptFileToImportIsMovedAside() async throws {
        try await withTestDatabase { db in
            let path = try db.file(host: "github", path: "acme/shop")
            let broken = "tasks_handled: [oops\n"
            try writeText(broken, to: path)
            let store = try await db.open()
            #expect(try await store.load(shop).problem != nil)

            let result = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
            let recovered = try #require(result.recovered)
            #expect(recovered.movedTo.hasPrefix(path + ".corrupt-"))
            #expect(recovered.error.path == path)
            #expect(readText(recovered.movedTo) == broken)
            #expect(try await store.load(shop).memory?.tasksHandled == 1)
            #expect(readText(path) == (try await db.stored(host: "github", path: "acme/shop"))?.document)
            await store.close()
        }
    }

    @Test func aRepositoryPathThatCouldLeaveItsFolderIsRefused() async throws {
        try await withTestDatabase { db in
            let store = try await db.open()
            let escaping = MemoryLocation.repository(host: "github", path: "../../etc")
            await #expect(throws: ExpertiseStoreError.self) {
                try await store.update(escaping, repositoryName: nil) { $0.tasksHandled += 1 }
            }
            await #expect(throws: ExpertiseStoreError.self) { try await store.load(escaping) }
            #expect(try await db.query("SELECT count(*)::text FROM expertise_memories") == ["0"])
            await store.close()
        }
    }
}
