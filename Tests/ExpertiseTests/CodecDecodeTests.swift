import Expertise
import Testing

struct CodecDecodeTests {
    @Test func seedExampleDecodesWithTheSeedsValues() throws {
        let memory = try MemoryCodec.decode(CodecSeedExample.text, path: "backend.yaml")
        #expect(memory.version == "1.3")
        #expect(memory.updatedAt == "2026-01-09T14:30:00.000000")
        #expect(memory.tasksHandled == 6)
        #expect(memory.successRate == 1.0)
        #expect(memory.commonFiles == ["app/repositories/user_repository.py"])
        #expect(memory.context.antiPatterns == ["Lógica de negocio en los routers"])
        #expect(memory.decisions.map(\.id) == ["BE{ISSUE}-{SEQ}", "BE110-001"])
        let pagination = try #require(memory.decisions.last)
        #expect(pagination.context == "Implementación de endpoint de paginación")
        #expect(pagination.decision == "Usar cursor-based pagination para mejor performance en datasets grandes")
        #expect(pagination.confidenceScore == 0.9)
        #expect(pagination.validatedCount == 1)
        #expect(pagination.failedCount == 0)
        #expect(pagination.lastUsed == "2026-01-09T14:30:00")
        #expect(pagination.tags == ["api", "pagination", "performance"])
        #expect(memory.decisions.first?.confidenceScore == 0.85)
        let blocker = try #require(memory.blockers.first)
        #expect(blocker.id == "BLK{ISSUE}-{SEQ}")
        #expect(blocker.description == "Descripción breve del problema")
        #expect(blocker.symptom == "Cómo se manifestó el error")
        #expect(blocker.rootCause == "Causa raíz identificada")
        #expect(blocker.solution == "Cómo se resolvió")
        #expect(blocker.prevention == "Cómo evitarlo en el futuro")
        #expect(blocker.severity == "low|medium|high")
        #expect(blocker.discovered == "2026-01-09T12:00:00")
        #expect(blocker.resolved)
        #expect(blocker.occurrences == 1)
        #expect(blocker.tags == ["sqlalchemy", "async"])
        #expect(memory.extra.isEmpty)
        // No ledger line: rebuilt from the visible counters.
        #expect(memory.ledger == MemoryLedger(completed: 6, failed: 0))
    }

    @Test(arguments: ["", "\n", "# only a comment\n", "{}", "---\n", "~\n"])
    func emptyFilesAreANewMemory(text: String) throws {
        #expect(try MemoryCodec.decode(text, path: "m.yaml") == ExpertiseMemory())
    }

    @Test func lenientWhereAPersonWouldBe() throws {
        let memory = try MemoryCodec.decode(
            """
            version: 1.3
            updated_at: 2026-01-09 14:30:00
            tasks_handled: 7.0
            success_rate: 1
            decisions:
              - id: BE1-001
                confidence_score: 0.95
                last_used: 2026-01-09T12:00:00Z
            blockers:
              - id: BLK1-001
                resolved: yes
            """, path: "m.yaml")
        #expect(memory.version == "1.3")
        #expect(memory.updatedAt == "2026-01-09 14:30:00")
        #expect(memory.tasksHandled == 7)
        #expect(memory.successRate == 1)
        let decision = try #require(memory.decisions.first)
        #expect(decision == Decision(
            id: "BE1-001", context: "", decision: "", confidenceScore: 0.95, validatedCount: 1, failedCount: 0,
            lastUsed: "2026-01-09T12:00:00Z"))
        let blocker = try #require(memory.blockers.first)
        #expect(blocker.resolved)
        #expect(blocker.severity == "medium")
        #expect(blocker.occurrences == 1)
    }

    @Test(arguments: [("version: 1.10", "1.10"), ("version: 2", "2"), ("version: '1.3'", "1.3"), ("version:", "1.0")])
    func versionIsTextAsWritten(line: String, expected: String) throws {
        #expect(try MemoryCodec.decode(line + "\n", path: "m.yaml").version == expected)
    }

    @Test func unknownKeysAreKeptInFileOrderAtEveryLevel() throws {
        let memory = try MemoryCodec.decode(
            """
            owner_team: "payments"
            version: "1.0"
            notes:
              - plain
              - "quoted"
              - ~
            context:
              anti_patterns: []
              glossary: {RLS: "row level security"}
            decisions:
              - id: BE1-001
                confidence_score: 0.9
                reviewer: ana
                links: ["https://example.com/a"]
            blockers:
              - id: BLK1-001
                ticket: 'JIRA-12'
            zeta: 12
            """, path: "m.yaml")
        #expect(memory.extra == [
            YAMLEntry(key: "owner_team", value: .scalar("payments", plain: false)),
            YAMLEntry(key: "notes", value: .sequence([.scalar("plain", plain: true), .scalar("quoted", plain: false), .null])),
            YAMLEntry(key: "zeta", value: .scalar("12", plain: true)),
        ])
        #expect(memory.context.extra == [
            YAMLEntry(key: "glossary", value: .mapping([YAMLEntry(key: "RLS", value: .scalar("row level security", plain: false))])),
        ])
        #expect(memory.decisions.first?.extra == [
            YAMLEntry(key: "reviewer", value: .scalar("ana", plain: true)),
            YAMLEntry(key: "links", value: .sequence([.scalar("https://example.com/a", plain: false)])),
        ])
        #expect(memory.blockers.first?.extra == [YAMLEntry(key: "ticket", value: .scalar("JIRA-12", plain: false))])
    }

    @Test func ledgerLineIsRead() throws {
        let ledger = MemoryLedger(
            completed: 9, failed: 3, flaggedFiles: ["app/a.py": 4], openInstances: ["BLK1-001": ["#12": ["app/a.py:3"]]],
            ruleFeedback: ["async.blocking-call": .init(dismissed: 2, accepted: 1)], recentTasks: ["job-1"])
        let text = MemoryCodec.encode(ExpertiseMemory(tasksHandled: 9, successRate: 0.75, ledger: ledger), repositoryName: "acme/shop")
        #expect(try MemoryCodec.decode(text, path: "m.yaml").ledger == ledger)
    }

    @Test(arguments: [
        (6, 0.75, MemoryLedger(completed: 6, failed: 2)),
        (6, 1.0, MemoryLedger(completed: 6, failed: 0)),
        (5, 0.0, MemoryLedger(completed: 5, failed: 0)),
        (0, 0.0, MemoryLedger()),
        (10, 0.3333, MemoryLedger(completed: 10, failed: 20)),
    ])
    func missingOrUnreadableLedgerIsRebuilt(tasks: Int, rate: Double, expected: MemoryLedger) throws {
        let body = "tasks_handled: \(tasks)\nsuccess_rate: \(rate)\n"
        #expect(try MemoryCodec.decode(body, path: "m.yaml").ledger == expected)
        let broken = "# backend-review-ledger: {\"completed\": oops\n" + body
        #expect(try MemoryCodec.decode(broken, path: "m.yaml").ledger == expected)
    }

    @Test func ledgerWithMissingKeysKeepsWhatItHas() throws {
        let text = "# backend-review-ledger: {\"completed\":4,\"flaggedFiles\":{\"a.py\":2}}\ntasks_handled: 4\n"
        #expect(try MemoryCodec.decode(text, path: "m.yaml").ledger == MemoryLedger(completed: 4, flaggedFiles: ["a.py": 2]))
    }
}
