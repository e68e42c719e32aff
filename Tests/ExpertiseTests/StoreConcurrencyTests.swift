import Expertise
import Foundation
import Testing

struct StoreConcurrencyTests {
    let location = MemoryLocation.repository(host: "github", path: "acme/busy")

    @Test func concurrentUpdatesInOneStoreLoseNothing() async throws {
        let scratch = try StoreScratch()
        let store = FileExpertiseStore(dataDirectory: scratch.path)
        _ = try await store.update(location, repositoryName: "acme/busy") { $0.tasksHandled = 7 }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<200 {
                group.addTask {
                    _ = try await store.update(location, repositoryName: "acme/busy") { memory in
                        memory.tasksHandled += 1
                        memory.ledger.recentTasks.append("job-\(task)")
                    }
                }
            }
            try await group.waitForAll()
        }
        let file = try store.fileURL(for: location)
        let memory = try MemoryCodec.decode(try scratch.read(file), path: file)
        #expect(memory.tasksHandled == 207)
        #expect(Set(memory.ledger.recentTasks) == Set((0..<200).map { "job-\($0)" }))
        #expect(MemoryValidator.validate(try scratch.read(file), path: file).isEmpty)
        #expect(try scratch.list((file as NSString).deletingLastPathComponent) == ["backend.yaml", "backend.yaml.lock"])
    }

    @Test func twoStoresOnOneFileExcludeEachOtherThroughTheFileLock() async throws {
        let scratch = try StoreScratch()
        let stores = [FileExpertiseStore(dataDirectory: scratch.path), FileExpertiseStore(dataDirectory: scratch.path)]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<200 {
                let store = stores[task % 2]
                group.addTask {
                    _ = try await store.update(location, repositoryName: "acme/busy") { $0.tasksHandled += 1 }
                }
            }
            try await group.waitForAll()
        }
        let loaded = try await stores[0].load(location)
        #expect(loaded.problem == nil)
        #expect(loaded.memory?.tasksHandled == 200)
        let file = try stores[1].fileURL(for: location)
        #expect(try scratch.list((file as NSString).deletingLastPathComponent) == ["backend.yaml", "backend.yaml.lock"])
    }

    @Test func updatesOfDifferentRepositoriesRunSideBySide() async throws {
        let scratch = try StoreScratch()
        let store = FileExpertiseStore(dataDirectory: scratch.path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<60 {
                group.addTask {
                    _ = try await store.update(.repository(host: "gitea", path: "org/repo\(task % 3)"), repositoryName: nil) {
                        $0.tasksHandled += 1
                    }
                }
            }
            try await group.waitForAll()
        }
        for index in 0..<3 {
            #expect(try await store.load(.repository(host: "gitea", path: "org/repo\(index)")).memory?.tasksHandled == 20)
        }
    }
}
