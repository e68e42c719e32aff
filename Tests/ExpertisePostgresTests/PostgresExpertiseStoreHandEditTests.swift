import Expertise
import ExpertisePostgres
import Foundation
import Testing

/// The YAML file stays editable: a person's edit of the current file is taken in by the next update, a stale copy
/// (a replica whose disk is not shared) is replaced, and a broken edit is moved aside rather than overwritten.
@Suite(.enabled(if: testDatabaseURL != nil, "BACKEND_REVIEW_TEST_DATABASE_URL is not set"))
struct PostgresExpertiseStoreHandEditTests {
    let shop = MemoryLocation.repository(host: "github", path: "acme/shop")

    @Test func anEditOfTheCurrentFileIsTakenInByTheNextUpdate() async throws {
        try await withTestDatabase { db in
            let store = try await db.open()
            _ = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
            let path = try db.file(host: "github", path: "acme/shop")
            let written = try #require(readText(path))
            #expect(written.hasPrefix("# backend-review-revision: 1\n"))
            var edited = try MemoryCodec.decode(written, path: path)
            edited.context.antiPatterns.append("Sesiones síncronas en handlers async")
            try writeText(
                "# backend-review-revision: 1\n# Editado a mano por el equipo\n"
                    + MemoryCodec.encode(edited, repositoryName: "acme/shop"), to: path)

            #expect(try await store.load(shop).memory?.context.antiPatterns == ["Sesiones síncronas en handlers async"])
            _ = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
            let memory = try #require(try await store.load(shop).memory)
            #expect(memory.tasksHandled == 2)
            #expect(memory.context.antiPatterns == ["Sesiones síncronas en handlers async"])
            let stored = try #require(try await db.stored(host: "github", path: "acme/shop"))
            #expect(stored.document.hasPrefix("# backend-review-revision: 2\n# Editado a mano por el equipo\n"))
            #expect(readText(path) == stored.document)
            await store.close()
        }
    }

    @Test func aStaleCopyIsReplacedAndCountsStayExact() async throws {
        try await withTestDatabase { db in
            let store = try await db.open()
            _ = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
            let path = try db.file(host: "github", path: "acme/shop")
            let old = try #require(readText(path))
            _ = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
            // Another replica's disk still holds revision 1.
            try writeText(old, to: path)
            #expect(try await store.load(shop).memory?.tasksHandled == 2)
            _ = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
            #expect(try await store.load(shop).memory?.tasksHandled == 3)
            #expect(readText(path)?.hasPrefix("# backend-review-revision: 3\n") == true)
            await store.close()
        }
    }

    @Test func aBrokenEditIsMovedAsideAndTheDatabaseMemoryGoesOn() async throws {
        try await withTestDatabase { db in
            let store = try await db.open()
            _ = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
            let path = try db.file(host: "github", path: "acme/shop")
            try writeText("# backend-review-revision: 1\ntasks_handled: [roto\n", to: path)
            _ = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
            #expect(try await store.load(shop).memory?.tasksHandled == 2)
            let directory = (path as NSString).deletingLastPathComponent
            let asides = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.contains(".corrupt-") }
            #expect(asides.count == 1)
            let aside = try #require(asides.first.map { readText(directory + "/" + $0) })
            #expect(aside?.contains("[roto") == true)
            await store.close()
        }
    }
}
