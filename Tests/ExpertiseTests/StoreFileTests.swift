import Expertise
import Foundation
import Testing

struct StoreFileTests {
    let location = MemoryLocation.repository(host: "github", path: "acme/shop")

    @Test func layoutUnderTheDataDirectory() async throws {
        let scratch = try StoreScratch()
        let store = FileExpertiseStore(dataDirectory: scratch.path + "/")
        let file = try store.fileURL(for: location)
        #expect(file == "\(scratch.path)/expertise/github/acme/shop/ai_docs/expertise/domain-experts/backend.yaml")
        #expect(try store.fileURL(for: .repository(host: "gitlab", path: "group/sub/name"))
            == "\(scratch.path)/expertise/gitlab/group/sub/name/\(ExpertiseMemory.relativePath)")
        #expect(try store.fileURL(for: .file("/tmp/x/backend.yaml")) == "/tmp/x/backend.yaml")

        #expect(try await store.load(location) == LoadedMemory(memory: nil, problem: nil))
        let result = try await store.update(location, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
        #expect(result.written)
        #expect(result.recovered == nil)
        let directory = (file as NSString).deletingLastPathComponent
        #expect(try scratch.list(directory) == ["backend.yaml", "backend.yaml.lock"])
        #expect(scratch.identity(file)?.mode == 0o644)
        #expect(scratch.identity(directory)?.mode == 0o755)
        #expect(try scratch.read(file).hasPrefix("# backend-review: expertise memory of acme/shop"))
    }

    @Test func updatesRoundTripThroughTheFile() async throws {
        let scratch = try StoreScratch()
        let store = FileExpertiseStore(dataDirectory: scratch.path)
        let decision = Decision(
            id: "BE7-001", context: "Repositorios legacy: \"sin RLS\"", decision: "No aplica rls.* en app/legacy/**\ncon justificación",
            confidenceScore: 0.92, lastUsed: "2026-01-09T12:00:00", tags: ["rule:rls.missing-policy", "scope:app/legacy/**"])
        let result = try await store.update(location, repositoryName: "acme/shop") { memory -> Int in
            memory.tasksHandled += 1
            memory.decisions.append(decision)
            memory.ledger.completed += 1
            return memory.tasksHandled
        }
        #expect(result.value == 1)
        let loaded = try await store.load(location)
        #expect(loaded.problem == nil)
        #expect(loaded.memory == ExpertiseMemory(tasksHandled: 1, decisions: [decision], ledger: MemoryLedger(completed: 1)))
    }

    @Test func unknownKeysAndThePersonsHeaderSurviveAnUpdate() async throws {
        let scratch = try StoreScratch()
        let store = FileExpertiseStore(dataDirectory: scratch.path)
        let file = try store.fileURL(for: location)
        try scratch.write(
            """
            # Memoria del equipo de pagos: la revisa Ana.
            version: "1.2"
            owner_team: payments
            tasks_handled: 4
            success_rate: 1.0
            context:
              anti_patterns: ["Lógica en routers"]
              glossary: {RLS: row level security}
            decisions:
              - id: BE3-001
                confidence_score: 0.9
                reviewer: "ana"
            blockers:
              - id: BLK3-001
                severity: high
                ticket: PAY-12
            """, to: file)
        let before = try MemoryCodec.decode(try scratch.read(file), path: file)
        _ = try await store.update(location, repositoryName: "acme/shop") { $0.tasksHandled += 1 }
        let text = try scratch.read(file)
        #expect(text.hasPrefix("# Memoria del equipo de pagos: la revisa Ana.\n# backend-review-ledger: "))
        let after = try MemoryCodec.decode(text, path: file)
        #expect(after.tasksHandled == 5)
        #expect(after.extra == before.extra)
        #expect(after.extra == [YAMLEntry(key: "owner_team", value: .scalar("payments", plain: true))])
        #expect(after.context == before.context)
        #expect(after.decisions == before.decisions)
        #expect(after.blockers == before.blockers)
        #expect(after.blockers.first?.extra == [YAMLEntry(key: "ticket", value: .scalar("PAY-12", plain: true))])
    }

    @Test func anUnchangedMemoryIsNotWritten() async throws {
        let scratch = try StoreScratch()
        let store = FileExpertiseStore(dataDirectory: scratch.path)
        let file = try store.fileURL(for: location)
        try scratch.write("version: 1.3\ntasks_handled: 2\nsuccess_rate: 1.0\nnote: kept   # as written\n", to: file)
        let before = try #require(scratch.identity(file))
        let text = try scratch.read(file)
        let result = try await store.update(location, repositoryName: "acme/shop") { memory -> Bool in
            memory.tasksHandled += 0
            return true
        }
        #expect(!result.written)
        #expect(result.value)
        let after = try #require(scratch.identity(file))
        #expect(after.inode == before.inode)
        #expect(after.mtime == before.mtime)
        #expect(try scratch.read(file) == text)
        // A missing memory left empty is not created either.
        let other = MemoryLocation.repository(host: "github", path: "acme/empty")
        #expect(try await store.update(other, repositoryName: nil) { _ in }.written == false)
        #expect(scratch.identity(try store.fileURL(for: other)) == nil)
    }

    @Test func aFailedChangeWritesNothing() async throws {
        struct Refused: Error {}
        let scratch = try StoreScratch()
        let store = FileExpertiseStore(dataDirectory: scratch.path)
        _ = try await store.update(location, repositoryName: nil) { $0.tasksHandled = 1 }
        let file = try store.fileURL(for: location)
        let text = try scratch.read(file)
        await #expect(throws: Refused.self) {
            try await store.update(location, repositoryName: nil) { memory in
                memory.tasksHandled = 99
                throw Refused()
            }
        }
        #expect(try scratch.read(file) == text)
        // The lock was released: the next update goes through.
        #expect(try await store.update(location, repositoryName: nil) { $0.tasksHandled += 1 }.written)
    }

    @Test func explicitFileLocations() async throws {
        let scratch = try StoreScratch()
        let store = FileExpertiseStore(dataDirectory: "/nonexistent-data-directory")
        let file = scratch.path + "/repo/" + ExpertiseMemory.relativePath
        let result = try await store.update(.file(file), repositoryName: "local") { $0.version = "1.1" }
        #expect(result.written)
        #expect(try await store.load(.file(file)).memory?.version == "1.1")
    }
}
