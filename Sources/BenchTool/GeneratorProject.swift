/// One generated file: a repository-relative path and its text (always ending in a newline).
struct GeneratedFile {
    let path: String
    let text: String
    let lineCount: Int
}

/// Generates a multi-tenant FastAPI + async SQLAlchemy 2.0 project in Clean Architecture layers,
/// deterministic for a seed, with checklist violations planted about once per 200 lines.
///
/// The project is a scaffold (settings, session, base repository, dependencies, conftest) followed by
/// vertical slices, one per aggregate: entity, repository port, DTOs, use cases, model, repository,
/// schemas, router, migration and tests. Slices are added until the requested size is reached.
struct ProjectGenerator {
    var rng: GeneratorRandom
    var budget = GeneratorViolationBudget()
    /// The previous migration's revision, so the Alembic chain is linear as in a real project.
    var lastRevision = "0001"

    init(seed: UInt64) {
        rng = GeneratorRandom(seed: seed)
    }

    /// The kinds of file in one slice, in the order they are written, with realistic size ranges.
    enum SliceFile: CaseIterable {
        case entity, repositoryPort, dtos, useCases, model, repository, schemas, router, migration,
            useCaseTests, apiTests

        var sizeRange: ClosedRange<Int> {
            switch self {
            case .entity: return 60...260
            case .repositoryPort: return 50...160
            case .dtos: return 50...180
            case .useCases: return 120...400
            case .model: return 50...120
            case .repository: return 120...400
            case .schemas: return 50...200
            case .router: return 120...400
            case .migration: return 50...150
            case .useCaseTests: return 100...400
            case .apiTests: return 80...300
            }
        }
    }

    /// Files totalling about `lines` lines (never fewer; at most one small file more).
    mutating func generate(lines target: Int) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        var total = 0
        func add(_ path: String, _ writer: GeneratorWriter) {
            files.append(GeneratedFile(path: path, text: writer.text, lineCount: writer.lineCount))
            total += writer.lineCount
        }
        for (path, writer) in scaffold() {
            add(path, writer)
        }
        var index = 0
        slices: while total < target {
            let a = GeneratorAggregate(index: index, rng: &rng)
            for kind in SliceFile.allCases {
                guard total < target else { break slices }
                let size = min(rng.int(kind.sizeRange), max(target - total, kind.sizeRange.lowerBound))
                budget.accrue(lines: size)
                add(path(kind, a), file(kind, a, size: size))
            }
            index += 1
        }
        return files
    }

    func path(_ kind: SliceFile, _ a: GeneratorAggregate) -> String {
        switch kind {
        case .entity: return "app/domain/entities/\(a.snake).py"
        case .repositoryPort: return "app/domain/repositories/\(a.snake)_repository.py"
        case .dtos: return "app/application/dtos/\(a.snake)_dto.py"
        case .useCases: return "app/application/use_cases/\(a.snake)_use_cases.py"
        case .model: return "app/infrastructure/database/models/\(a.snake).py"
        case .repository: return "app/infrastructure/repositories/\(a.snake)_repository.py"
        case .schemas: return "app/presentation/api/v1/schemas/\(a.snake).py"
        case .router: return "app/presentation/api/v1/\(a.plural).py"
        case .migration: return "alembic/versions/\(migrationRevision(a))_create_\(a.plural).py"
        case .useCaseTests: return "tests/unit/application/test_\(a.snake)_use_cases.py"
        case .apiTests: return "tests/integration/api/test_\(a.plural)_api.py"
        }
    }

    /// A 12-hex Alembic revision id derived from the aggregate, so the path is known before the file.
    func migrationRevision(_ a: GeneratorAggregate) -> String {
        func hex8(_ v: UInt32) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 8 - s.count) + s
        }
        return String((hex8(a.snake.hashValueStable) + hex8(a.plural.hashValueStable)).prefix(12))
    }

    mutating func file(_ kind: SliceFile, _ a: GeneratorAggregate, size: Int) -> GeneratorWriter {
        switch kind {
        case .entity: return entity(a, target: size)
        case .repositoryPort: return repositoryPort(a, target: size)
        case .dtos: return dtos(a, target: size)
        case .useCases: return useCases(a, target: size)
        case .model: return model(a)
        case .repository: return repository(a, target: size)
        case .schemas: return schemas(a, target: size)
        case .router: return router(a, target: size)
        case .migration: return migration(a)
        case .useCaseTests: return useCaseTests(a, target: size)
        case .apiTests: return apiTests(a, target: size)
        }
    }

    /// Secret-looking random hex (never a real credential).
    mutating func fakeSecret(prefix: String) -> String {
        prefix + rng.hex(32)
    }
}

extension String {
    /// FNV-1a, stable across runs (`hashValue` is randomly seeded per process).
    var hashValueStable: UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in utf8 {
            h = (h ^ UInt32(b)) &* 16_777_619
        }
        return h
    }
}
