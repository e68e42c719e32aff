import Expertise
import Testing

struct CodecRoundTripTests {
    /// Text that YAML likes to misread or reformat.
    static let awkwardStrings: [String] = [
        "", " ", "plain words", "Usá índices — ñandú, acción, pingüino 🚀", "\"double\" and 'single' quotes",
        "key: value, with colon", "a # not a comment", "#starts with hash", "- looks like a list item",
        "line one\nline two", "trailing newline\n", "two trailing newlines\n\n", "\nleading newline",
        "  indented first line\nsecond", "trailing spaces   \nnext", "tab\tinside", "123", "1.0", "1e3", "true", "no",
        "null", "~", "[flow]", "{map: 1}", "&anchor", "*alias", "!tag", "%directive", "@at", "`backtick`", "|", ">",
        "back\\slash", "windows\r\nline", "line\u{2028}separator", "nel\u{85}here", "bell\u{7}", "zero\u{FEFF}width",
        String(repeating: "larga línea sin plegar ", count: 30), "2026-01-09T12:00:00", "0x1F", "0o17", ".inf",
    ]

    @Test(arguments: awkwardStrings)
    func everyTextFieldRoundTrips(text: String) throws {
        let memory = ExpertiseMemory(
            version: "1.10", updatedAt: text, tasksHandled: 3, successRate: 0.75, commonFiles: [text, "app/a.py"],
            context: MemoryContext(antiPatterns: [text], extra: [YAMLEntry(key: text.isEmpty ? "k" : text, value: .scalar(text, plain: false))]),
            decisions: [Decision(
                id: "BE1-001", context: text, decision: text, confidenceScore: 0.9, lastUsed: text, tags: [text],
                extra: [YAMLEntry(key: "note", value: .scalar(text, plain: false))])],
            blockers: [Blocker(
                id: "BLK1-001", description: text, symptom: text, rootCause: text, solution: text, prevention: text,
                severity: text, discovered: text, tags: [text])],
            extra: [YAMLEntry(key: "extra", value: .sequence([.scalar(text, plain: false)]))],
            ledger: MemoryLedger(completed: 3, failed: 1, flaggedFiles: [text: 2], openInstances: ["BLK1-001": [text: [text]]],
                recentTasks: [text]))
        let encoded = MemoryCodec.encode(memory, repositoryName: "acme/shop")
        #expect(try MemoryCodec.decode(encoded, path: "m.yaml") == memory, "\(encoded)")
    }

    @Test func richMemoryRoundTrips() throws {
        let memory = ExpertiseMemory(
            version: "2.0", updatedAt: "2026-01-09T14:30:00.000000", tasksHandled: 42, successRate: 0.9545,
            commonFiles: ["app/api/routes.py", "app/repositories/user_repository.py"],
            context: MemoryContext(
                antiPatterns: ["Queries síncronas dentro de async def", "Lógica de negocio en routers"],
                extra: [
                    YAMLEntry(key: "stack", value: .mapping([
                        YAMLEntry(key: "framework", value: .scalar("fastapi", plain: true)),
                        YAMLEntry(key: "versions", value: .sequence([.scalar("3.12", plain: true), .scalar("3.13", plain: false)])),
                        YAMLEntry(key: "empty", value: .null),
                    ])),
                ]),
            decisions: [
                Decision(
                    id: "BE12-001", context: "Repositorios en app/legacy", decision: "rls.missing-policy no aplica en app/legacy/**",
                    confidenceScore: 0.123456789, validatedCount: 4, failedCount: 2, lastUsed: "2026-01-09T12:00:00",
                    tags: ["rule:rls.missing-policy", "scope:app/legacy/**", "not-applicable"],
                    extra: [YAMLEntry(key: "reviewer", value: .scalar("ana", plain: true))]),
                Decision(id: "BE12-002", context: "", decision: "", confidenceScore: 1),
            ],
            blockers: [
                Blocker(
                    id: "BLK12-001", description: "Llamada bloqueante", symptom: "time.sleep en async def",
                    rootCause: "Código sync en handler async", solution: "await asyncio.sleep(...)",
                    prevention: "Regla async.blocking-call", severity: "high", discovered: "2026-01-08T10:00:00Z",
                    resolved: true, occurrences: 3, tags: ["rule:async.blocking-call"],
                    extra: [YAMLEntry(key: "links", value: .sequence([.mapping([YAMLEntry(key: "url", value: .scalar("https://x/y?a=1#b", plain: false))])]))]),
            ],
            extra: [
                YAMLEntry(key: "owner_team", value: .scalar("payments", plain: true)),
                YAMLEntry(key: "count", value: .scalar("12", plain: true)),
                YAMLEntry(key: "count_text", value: .scalar("12", plain: false)),
                YAMLEntry(key: "flag", value: .scalar("yes", plain: true)),
                YAMLEntry(key: "nothing", value: .null),
                YAMLEntry(key: "empty_list", value: .sequence([])),
                YAMLEntry(key: "empty_map", value: .mapping([])),
            ],
            ledger: MemoryLedger(
                completed: 42, failed: 2, flaggedFiles: ["app/api/routes.py": 7],
                ruleFeedback: ["rls.missing-policy": .init(dismissed: 3, accepted: 0)], recentTasks: ["job-41", "comment-9"]))
        let encoded = MemoryCodec.encode(memory, repositoryName: "acme/shop")
        #expect(try MemoryCodec.decode(encoded, path: "m.yaml") == memory, "\(encoded)")
        #expect(try MemoryCodec.decode(MemoryCodec.encode(ExpertiseMemory(), repositoryName: nil), path: "m") == ExpertiseMemory())
    }

    @Test func writesTheSeedsLayout() throws {
        let memory = ExpertiseMemory(
            version: "1.3", updatedAt: "2026-01-09T14:30:00", tasksHandled: 6, successRate: 2.0 / 3.0,
            decisions: [Decision(
                id: "BE110-001", context: "Implementación de endpoint de paginación",
                decision: String(repeating: "Usar cursor-based pagination ", count: 10), confidenceScore: 0.9,
                lastUsed: "2026-01-09T14:30:00", tags: ["api", "pagination"],
                extra: [YAMLEntry(key: "reviewer", value: .scalar("ana", plain: true))])],
            extra: [YAMLEntry(key: "owner_team", value: .scalar("payments", plain: true))])
        let text = MemoryCodec.encode(memory, repositoryName: "acme/shop")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("# backend-review: expertise memory of acme/shop"))
        #expect(lines[0].contains("docs/expertise.md"))
        #expect(lines[1].hasPrefix("# backend-review-ledger: {"))
        #expect(Array(lines[2...]) == [
            "version: \"1.3\"",
            "updated_at: \"2026-01-09T14:30:00\"",
            "tasks_handled: 6",
            "success_rate: 0.6667",
            "common_files: []",
            "context:",
            "  anti_patterns: []",
            "decisions:",
            "- id: \"BE110-001\"",
            "  context: \"Implementación de endpoint de paginación\"",
            "  decision: \"\(String(repeating: "Usar cursor-based pagination ", count: 10))\"",
            "  confidence_score: 0.9",
            "  validated_count: 1",
            "  failed_count: 0",
            "  last_used: \"2026-01-09T14:30:00\"",
            "  tags: [\"api\", \"pagination\"]",
            "  reviewer: ana",
            "blockers: []",
            "owner_team: payments",
        ])
    }

    @Test func extraKeysThatRepeatAKnownKeyAreNotWritten() throws {
        let memory = ExpertiseMemory(extra: [
            YAMLEntry(key: "version", value: .scalar("9", plain: true)),
            YAMLEntry(key: "a", value: .scalar("1", plain: true)),
            YAMLEntry(key: "a", value: .scalar("2", plain: true)),
        ])
        let decoded = try MemoryCodec.decode(MemoryCodec.encode(memory, repositoryName: nil), path: "m")
        #expect(decoded.version == "1.0")
        #expect(decoded.extra == [YAMLEntry(key: "a", value: .scalar("1", plain: true))])
    }

    @Test func personsHeaderIsKeptAndTheBotsLinesAreNotRepeated() throws {
        let original = """
            # Memoria del equipo de pagos.
            #   Editar con cuidado.
            # backend-review: expertise memory of old/name (seed §9); format, rules and commands in docs/expertise.md
            # backend-review-ledger: {"completed":1,"failed":0,"flaggedFiles":{},"openInstances":{},"recentTasks":[],"ruleFeedback":{}}

            version: "1.0" # a trailing comment, lost on rewrite
            tasks_handled: 1
            # a comment in the middle, lost on rewrite
            success_rate: 1.0
            """
        let header = MemoryCodec.leadingComments(of: original)
        #expect(header == ["# Memoria del equipo de pagos.", "#   Editar con cuidado."])
        var memory = try MemoryCodec.decode(original, path: "m")
        memory.tasksHandled = 2
        let text = MemoryCodec.encode(memory, repositoryName: "acme/shop", header: header)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(2)) == header)
        #expect(lines[2].hasPrefix("# backend-review-ledger: "))
        #expect(!text.contains("# backend-review: "))
        #expect(!text.contains("lost on rewrite"))
        #expect(try MemoryCodec.decode(text, path: "m") == memory)
        #expect(MemoryCodec.leadingComments(of: text) == header)
    }
}
