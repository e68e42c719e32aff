import Expertise
import ExpertisePostgres
import Foundation
import Testing

/// Updates through PostgreSQL: round trip, the materialised file, no lost update across stores, no write when
/// nothing changed or the change throws. Runs when `BACKEND_REVIEW_TEST_DATABASE_URL` names a server.
@Suite(.enabled(if: testDatabaseURL != nil, "BACKEND_REVIEW_TEST_DATABASE_URL is not set"))
struct PostgresExpertiseStoreTests {
    let shop = MemoryLocation.repository(host: "github", path: "acme/shop")

    struct Refused: Error {}

    @Test func anUpdateIsStoredAndMaterialisedWithTheSameText() async throws {
        try await withTestDatabase { db in
            let store = try await db.open()
            let first = try await store.update(shop, repositoryName: "acme/shop") { memory in
                memory.tasksHandled += 1
                memory.context.antiPatterns.append("N+1 queries in views")
                return memory.tasksHandled
            }
            #expect(first.value == 1 && first.written && first.recovered == nil)
            _ = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled += 1 }

            let loaded = try await store.load(shop)
            #expect(loaded.problem == nil)
            #expect(loaded.memory?.tasksHandled == 2)
            #expect(loaded.memory?.context.antiPatterns == ["N+1 queries in views"])
            let stored = try #require(try await db.stored(host: "github", path: "acme/shop"))
            #expect(stored.revision == 2)
            #expect(stored.document.contains("acme/shop"))
            #expect(readText(try db.file(host: "github", path: "acme/shop")) == stored.document)
            await store.close()
        }
    }

    @Test func threeStoresUpdatingAtOnceLoseNothing() async throws {
        try await withTestDatabase { db in
            var stores: [PostgresExpertiseStore] = []
            for _ in 0..<3 { stores.append(try await db.open(maximumConnections: 4)) }
            let location = shop
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, store) in stores.enumerated() {
                    for update in 0..<100 {
                        group.addTask {
                            _ = try await store.update(location, repositoryName: "acme/shop") { memory in
                                memory.tasksHandled += 1
                                memory.ledger.recentTasks.append("store\(index)-update\(update)")
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let memory = try #require(try await stores[2].load(shop).memory)
            #expect(memory.tasksHandled == 300)
            #expect(Set(memory.ledger.recentTasks).count == 300)
            let stored = try #require(try await db.stored(host: "github", path: "acme/shop"))
            #expect(stored.revision == 300)
            let file = try #require(readText(try db.file(host: "github", path: "acme/shop")))
            #expect(file == stored.document)
            #expect(try MemoryCodec.decode(file, path: "backend.yaml") == memory)
            for store in stores { await store.close() }
        }
    }

    @Test func sixStoresOpeningAFreshSchemaAtOnceMigrateOnce() async throws {
        try await withTestDatabase { db in
            let stores = try await withThrowingTaskGroup(of: PostgresExpertiseStore.self) { group in
                for _ in 0..<6 { group.addTask { try await db.open(maximumConnections: 2) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(stores.count == 6)
            #expect(try await db.query("SELECT version::text FROM expertise_schema_version") == ["1"])
            _ = try await stores[0].update(shop, repositoryName: nil) { $0.tasksHandled = 5 }
            #expect(try await stores[5].load(shop).memory?.tasksHandled == 5)
            for store in stores { await store.close() }
        }
    }

    @Test func aChangeThatLeavesTheMemoryEqualWritesNothing() async throws {
        try await withTestDatabase { db in
            let store = try await db.open()
            _ = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled = 3 }
            let path = try db.file(host: "github", path: "acme/shop")
            let before = (text: readText(path), inode: try inode(path))

            let result = try await store.update(shop, repositoryName: "acme/shop") { $0.tasksHandled }
            #expect(result.value == 3)
            #expect(!result.written)
            #expect(try await db.stored(host: "github", path: "acme/shop")?.revision == 1)
            #expect(readText(path) == before.text)
            #expect(try inode(path) == before.inode)
            await store.close()
        }
    }

    @Test func aChangeThatThrowsWritesNothingAndIsRethrown() async throws {
        try await withTestDatabase { db in
            let store = try await db.open()
            // A repository without a row: the row the update inserted is rolled back too.
            await #expect(throws: Refused.self) {
                try await store.update(shop, repositoryName: nil) { memory in
                    memory.tasksHandled = 9
                    throw Refused()
                }
            }
            #expect(try await db.stored(host: "github", path: "acme/shop") == nil)
            #expect(readText(try db.file(host: "github", path: "acme/shop")) == nil)

            _ = try await store.update(shop, repositoryName: nil) { $0.tasksHandled = 1 }
            await #expect(throws: Refused.self) {
                try await store.update(shop, repositoryName: nil) { memory in
                    memory.tasksHandled = 9
                    throw Refused()
                }
            }
            #expect(try await db.stored(host: "github", path: "acme/shop")?.revision == 1)
            #expect(try await store.load(shop).memory?.tasksHandled == 1)
            await store.close()
        }
    }

    @Test func aFileLocationIsAPlainFileWithoutADatabaseRow() async throws {
        try await withTestDatabase { db in
            let store = try await db.open(writingFiles: false)
            let path = db.dataDirectory + "/checkout/backend.yaml"
            try FileManager.default.createDirectory(atPath: db.dataDirectory + "/checkout", withIntermediateDirectories: true)
            let result = try await store.update(.file(path), repositoryName: "local") { $0.tasksHandled += 1 }
            #expect(result.written)
            #expect(try await store.load(.file(path)).memory?.tasksHandled == 1)
            #expect(try MemoryCodec.decode(try #require(readText(path)), path: path).tasksHandled == 1)
            #expect(try await db.query("SELECT count(*)::text FROM expertise_memories") == ["0"])

            // Without a data directory a repository's memory lives in the database only.
            _ = try await store.update(shop, repositoryName: nil) { $0.tasksHandled = 2 }
            #expect(try await store.load(shop).memory?.tasksHandled == 2)
            #expect(readText(try db.file(host: "github", path: "acme/shop")) == nil)
            await store.close()
        }
    }
}
