import Expertise
import Foundation
import Testing

struct StoreCorruptTests {
    let location = MemoryLocation.repository(host: "gitlab", path: "group/sub/api")
    /// Hand-broken on line 4: an unclosed flow list.
    let broken = """
        version: "1.4"
        tasks_handled: 12
        success_rate: 1.0
        common_files: [app/a.py, app/b.py
        decisions: []

        """

    @Test func loadReportsTheProblemAndMovesNothing() async throws {
        let scratch = try StoreScratch()
        let store = FileExpertiseStore(dataDirectory: scratch.path)
        let file = try store.fileURL(for: location)
        try scratch.write(broken, to: file)
        let loaded = try await store.load(location)
        #expect(loaded.memory == nil)
        let problem = try #require(loaded.problem)
        #expect(problem.path == file)
        #expect(problem.line == 5)
        #expect(problem.description.hasPrefix("\(file):5:"))
        #expect(try scratch.read(file) == broken)
        #expect(try scratch.list((file as NSString).deletingLastPathComponent) == ["backend.yaml"])
    }

    @Test func updateMovesTheFileAsideAndStartsANewMemory() async throws {
        let scratch = try StoreScratch()
        let store = FileExpertiseStore(dataDirectory: scratch.path)
        let file = try store.fileURL(for: location)
        try scratch.write(broken, to: file)
        let result = try await store.update(location, repositoryName: "group/sub/api") { memory -> Int in
            memory.tasksHandled += 1
            return memory.tasksHandled
        }
        #expect(result.value == 1)
        #expect(result.written)
        let recovered = try #require(result.recovered)
        #expect(recovered.error.path == file)
        #expect(recovered.error.line == 5)
        #expect(recovered.description.contains(file))
        #expect(recovered.description.contains(recovered.movedTo))
        let suffix = String(recovered.movedTo.dropFirst(file.count))
        #expect(suffix.wholeMatch(of: /\.corrupt-\d{8}T\d{6}Z/) != nil, "\(suffix)")
        #expect(try scratch.read(recovered.movedTo) == broken)
        let fresh = try MemoryCodec.decode(try scratch.read(file), path: file)
        #expect(fresh.tasksHandled == 1)
        #expect(fresh.version == "1.0")
    }

    @Test func aSecondCorruptionDoesNotReplaceTheFirstOneSetAside() async throws {
        let scratch = try StoreScratch()
        let store = FileExpertiseStore(dataDirectory: scratch.path)
        let file = try store.fileURL(for: location)
        var moved: [String] = []
        for round in 1...3 {
            try scratch.write(broken + "# round \(round)\n", to: file)
            let result = try await store.update(location, repositoryName: nil) { $0.tasksHandled += 1 }
            moved.append(try #require(result.recovered?.movedTo))
        }
        #expect(Set(moved).count == 3)
        for (index, path) in moved.enumerated() {
            #expect(try scratch.read(path) == broken + "# round \(index + 1)\n")
        }
    }

    @Test func aFailedChangeLeavesTheCorruptFileWhereItIs() async throws {
        struct Refused: Error {}
        let scratch = try StoreScratch()
        let store = FileExpertiseStore(dataDirectory: scratch.path)
        let file = try store.fileURL(for: location)
        try scratch.write(broken, to: file)
        await #expect(throws: Refused.self) {
            try await store.update(location, repositoryName: nil) { _ in throw Refused() }
        }
        #expect(try scratch.read(file) == broken)
        #expect(try scratch.list((file as NSString).deletingLastPathComponent) == ["backend.yaml", "backend.yaml.lock"])
    }

    @Test func wrongTypesAndNonUTF8AreCorruptToo() async throws {
        let scratch = try StoreScratch()
        let store = FileExpertiseStore(dataDirectory: scratch.path)
        let file = try store.fileURL(for: location)
        try scratch.write("version: \"1.0\"\ntasks_handled: many\n", to: file)
        #expect(try await store.load(location).problem?.line == 2)
        try Data([0x76, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: file))
        let problem = try #require(try await store.load(location).problem)
        #expect(problem.message.contains("UTF-8"))
        let result = try await store.update(location, repositoryName: nil) { $0.tasksHandled += 1 }
        #expect(result.recovered?.error == problem)
    }
}
