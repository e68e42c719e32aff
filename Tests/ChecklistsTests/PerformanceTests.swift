import Checklists
import Foundation
import PythonSyntax
import Testing

/// Timing of the bundled catalog on a generated 100,000-line project. Opt-in (`CHECKLISTS_BENCH=1`) because
/// it is only meaningful in release builds: `CHECKLISTS_BENCH=1 swift test -c release --filter PerformanceTests`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CHECKLISTS_BENCH"] == "1"))
struct PerformanceTests {
    static let layers = [
        "app/domain/services", "app/application/use_cases", "app/infrastructure/repositories",
        "app/presentation/api/v1", "tests/unit",
    ]

    /// About 500 lines of plausible FastAPI / SQLAlchemy code per file.
    static func file(_ number: Int) -> String {
        var lines = [
            "import asyncio", "from uuid import UUID", "from sqlalchemy import select, text",
            "from app.domain.repositories.booking import IBookingRepository", "",
        ]
        var block = 0
        while lines.count < 495 {
            block += 1
            lines += [
                "@dataclass",
                "class Service\(number)x\(block)UseCase:",
                "    booking_repo: IBookingRepository",
                "    \"\"\"Handles bookings for block \(block).\"\"\"",
                "",
                "    async def execute(self, dto: BookingCreateDTO) -> BookingResponseDTO:",
                "        booking = await self.booking_repo.get_by_id(dto.id)",
                "        if booking is None:",
                "            raise ValueError(f\"booking {dto.id} not found\")",
                "        for item in dto.items:",
                "            booking.add_item(item.name, quantity=item.quantity)",
                "        result = await self.session.execute(text(\"SELECT * FROM b WHERE id = :id\"), {\"id\": dto.id})",
                "        await asyncio.sleep(0)",
                "        values = [x.value for x in result.scalars().all() if x.value > 0]",
                "        return BookingResponseDTO.from_entity(booking, total=sum(values))",
                "",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func hundredThousandLines() throws {
        let files = (0..<200).map { number in
            ChangedFile(
                path: "\(Self.layers[number % Self.layers.count])/module_\(number).py", status: .added,
                source: Array(Self.file(number).utf8))
        }
        let lineCount = files.reduce(0) { $0 + ($1.source?.filter { $0 == 10 }.count ?? 0) }
        let clock = ContinuousClock()
        var catalog = Catalog(rules: [])
        let load = clock.measure { catalog = (try? Catalog.bundled()) ?? catalog }
        let changes = ChangeSet(files: files)
        _ = catalog.evaluate(changes)
        var findings = 0
        let evaluate = clock.measure { findings = catalog.evaluate(changes).count }
        print("checklists bench: \(lineCount) lines, \(files.count) files, \(catalog.rules.count) rules, \(findings) findings")
        print("checklists bench: first Catalog.bundled() \(load), evaluate \(evaluate)")
        if ProcessInfo.processInfo.environment["CHECKLISTS_BENCH_DETAIL"] == "1" {
            let yamlFiles = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/checklists")
                .filter { $0.hasSuffix(".yaml") }.sorted()
                .map { (name: $0, text: try String(contentsOfFile: repositoryRoot + "/checklists/" + $0, encoding: .utf8)) }
            let decodes = clock.measure { for _ in 0..<50 { _ = try? Catalog.load(files: yamlFiles) } }
            print("checklists bench: decoding the bundled YAML, per load \(decodes / 50)")
            // Process CPU time is steadier than wall time on a shared machine; evaluation runs on all cores,
            // so CPU time / cores approximates the wall time of an idle machine.
            func cpuSeconds() -> Double {
                var spec = timespec()
                clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
                return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
            }
            func best(_ catalog: Catalog) -> String {
                var wall: [Duration] = []
                var cpu: [Double] = []
                for _ in 0..<3 {
                    let start = cpuSeconds()
                    wall.append(clock.measure { _ = catalog.evaluate(changes) })
                    cpu.append(cpuSeconds() - start)
                }
                return "wall \(wall.min() ?? .zero), cpu \(cpu.min() ?? 0) s"
            }
            let indexOnly = clock.measure {
                for file in files { _ = SourceIndex(path: file.path, source: file.source ?? []) }
            }
            print("checklists bench: SourceIndex alone (1 thread) \(indexOnly)")
            let base = best(Catalog(rules: [makeRule("none", .imports(ImportsSpec(modules: ["zzz"])))]))
            print("checklists bench: one trivial rule (index + overhead) \(base)")
            print("checklists bench: all rules \(best(catalog))")
            for kind in Matcher.kinds {
                let without = Catalog(rules: catalog.rules.filter { $0.matcher.kind != kind })
                print("checklists bench: all but \(kind) \(best(without))")
            }
        }
        #expect(lineCount >= 99_000)
        #expect(evaluate < .seconds(1))
    }
}
