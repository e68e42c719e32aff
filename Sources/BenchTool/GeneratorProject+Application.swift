/// Application layer: DTOs and use cases. Violation sites: blocking calls in `async def`, hard-coded
/// secrets, and awaited repository calls inside loops (N+1).
extension ProjectGenerator {
    mutating func dtos(_ a: GeneratorAggregate, target: Int) -> GeneratorWriter {
        var w = GeneratorWriter()
        w.line("\"\"\"Data transfer objects for \(a.human) use cases.\"\"\"")
        w.blank()
        w.line("from __future__ import annotations")
        w.blank()
        w.line("from dataclasses import dataclass")
        w.line("from datetime import datetime")
        w.line("from uuid import UUID")
        w.blank()
        w.line("from app.domain.entities.\(a.snake) import \(a.name)")
        w.blank()
        w.blank()
        w.line("@dataclass(frozen=True)")
        w.line("class \(a.name)CreateDTO:")
        w.line("business_id: UUID", 1)
        for f in a.requiredFields { w.line("\(f.name): \(f.pythonType)", 1) }
        for f in a.fields where f.optional { w.line("\(f.name): \(f.pythonType) = None", 1) }
        w.blank()
        w.blank()
        w.line("@dataclass(frozen=True)")
        w.line("class \(a.name)UpdateDTO:")
        for f in a.fields { w.line("\(f.name): \(f.pythonType.replacingOccurrences(of: " | None", with: "")) | None = None", 1) }
        w.blank()
        w.blank()
        w.line("@dataclass(frozen=True)")
        w.line("class \(a.name)ResponseDTO:")
        w.line("id: UUID", 1)
        w.line("business_id: UUID", 1)
        for f in a.fields { w.line("\(f.name): \(f.pythonType)", 1) }
        w.line("created_at: datetime", 1)
        w.line("updated_at: datetime", 1)
        w.blank()
        w.line("@classmethod", 1)
        w.line("def from_entity(cls, entity: \(a.name)) -> \(a.name)ResponseDTO:", 1)
        w.line("return cls(", 2)
        w.line("id=entity.id,", 3)
        w.line("business_id=entity.business_id,", 3)
        for f in a.fields { w.line("\(f.name)=entity.\(f.name),", 3) }
        w.line("created_at=entity.created_at,", 3)
        w.line("updated_at=entity.updated_at,", 3)
        w.line(")", 2)
        var k = 0
        while w.lineCount < target - 5 {
            let q = a.query(k)
            w.blank()
            w.blank()
            w.line("@dataclass(frozen=True)")
            w.line("class \(q.pascal)QueryDTO:")
            w.line("value: \(q.valueType)", 1)
            w.line("limit: int = 50", 1)
            w.line("offset: int = 0", 1)
            k += 1
        }
        return w
    }

    mutating func useCases(_ a: GeneratorAggregate, target: Int) -> GeneratorWriter {
        var body = GeneratorWriter(capacity: 16 * 1024)
        var needsTime = false
        var needsRequests = false
        let repo = "\(a.snake)_repo"
        body.blank()
        body.blank()
        body.line("class \(a.name)NotFoundError(LookupError):")
        body.line("\"\"\"No \(a.human) with that id is visible in the current tenant.\"\"\"", 1)
        body.blank()
        body.blank()
        body.line("@dataclass")
        body.line("class Create\(a.name)UseCase:")
        body.line("\(repo): I\(a.name)Repository", 1)
        body.blank()
        body.line("async def execute(self, dto: \(a.name)CreateDTO) -> \(a.name)ResponseDTO:", 1)
        body.line("entity = \(a.name)(", 2)
        body.line("business_id=dto.business_id,", 3)
        for f in a.fields { body.line("\(f.name)=dto.\(f.name),", 3) }
        body.line(")", 2)
        body.line("created = await self.\(repo).create(entity)", 2)
        body.line("logger.info(\"\(a.human) created\", extra={\"\(a.snake)_id\": str(created.id)})", 2)
        body.line("return \(a.name)ResponseDTO.from_entity(created)", 2)
        var k = 0
        while body.lineCount < target - 22 {
            body.blank()
            body.blank()
            if k % 4 == 3 {
                bulkUseCase(a, k, &body)
            } else {
                let q = a.query(k - k / 4)
                body.line("@dataclass")
                body.line("class \(q.pascal)UseCase:")
                body.line("\(repo): I\(a.name)Repository", 1)
                body.blank()
                body.line("async def execute(self, value: \(q.valueType)) -> \(useCaseResult(q)):", 1)
                switch budget.plant([.blockingSleep, .blockingHTTP, .hardcodedSecret], rng: &rng) {
                case .blockingSleep?:
                    needsTime = true
                    body.line("time.sleep(0.05)  # let the read replica catch up", 2)
                case .blockingHTTP?:
                    needsRequests = true
                    body.line("audit = requests.get(f\"https://audit.internal/\(a.plural)/{value}\", timeout=5)", 2)
                    body.line("audit.raise_for_status()", 2)
                case .hardcodedSecret?:
                    body.line("api_token = \"\(fakeSecret(prefix: "tok_"))\"", 2)
                    body.line("logger.debug(\"lookup authorised\", extra={\"token_tail\": api_token[-4:]})", 2)
                default:
                    break
                }
                body.line("result = await self.\(repo).\(q.method)(value)", 2)
                switch q.verb {
                case .getBy:
                    body.line("if result is None:", 2)
                    body.line("raise \(a.name)NotFoundError(str(value))", 3)
                    body.line("return \(a.name)ResponseDTO.from_entity(result)", 2)
                case .listBy, .listRecentBy:
                    body.line("return [\(a.name)ResponseDTO.from_entity(item) for item in result]", 2)
                case .countBy, .existsWith, .deleteBy:
                    body.line("return result", 2)
                }
            }
            k += 1
        }
        var w = GeneratorWriter(capacity: body.text.utf8.count + 1024)
        w.line("\"\"\"Use cases for \(a.plural.replacingOccurrences(of: "_", with: " ")).\"\"\"")
        w.blank()
        w.line("from __future__ import annotations")
        w.blank()
        w.line("import logging")
        if needsTime { w.line("import time") }
        w.line("from dataclasses import dataclass")
        w.line("from uuid import UUID")
        if needsRequests {
            w.blank()
            w.line("import requests")
        }
        w.blank()
        w.line("from app.application.dtos.\(a.snake)_dto import \(a.name)CreateDTO, \(a.name)ResponseDTO")
        w.line("from app.domain.entities.\(a.snake) import \(a.name)")
        w.line("from app.domain.repositories.\(a.snake)_repository import I\(a.name)Repository")
        w.blank()
        w.line("logger = logging.getLogger(__name__)")
        w.append(body)
        return w
    }

    private func useCaseResult(_ q: GeneratorQuery) -> String {
        switch q.verb {
        case .getBy: return "\(q.aggregate.name)ResponseDTO"
        case .listBy, .listRecentBy: return "list[\(q.aggregate.name)ResponseDTO]"
        case .countBy, .deleteBy: return "int"
        case .existsWith: return "bool"
        }
    }

    private mutating func bulkUseCase(_ a: GeneratorAggregate, _ k: Int, _ w: inout GeneratorWriter) {
        let verbs = ["Archive", "Export", "Reindex", "Notify", "Recalculate", "Sync", "Audit", "Validate"]
        let verb = verbs[(k / 4) % verbs.count]
        let round = k / (4 * verbs.count)
        let name = "\(verb)\(a.name)Batch\(round == 0 ? "" : "V\(round + 1)")UseCase"
        let repo = "\(a.snake)_repo"
        w.line("@dataclass")
        w.line("class \(name):")
        w.line("\"\"\"\(verb) several \(a.plural.replacingOccurrences(of: "_", with: " ")) in one request.\"\"\"", 1)
        w.blank()
        w.line("\(repo): I\(a.name)Repository", 1)
        w.blank()
        w.line("async def execute(self, ids: list[UUID]) -> list[\(a.name)ResponseDTO]:", 1)
        w.line("results: list[\(a.name)ResponseDTO] = []", 2)
        if budget.plant([.repositoryCallInLoop], rng: &rng) != nil {
            w.line("for entity_id in ids:", 2)
            w.line("entity = await self.\(repo).get_by_id(entity_id)", 3)
            w.line("if entity is None:", 3)
            w.line("continue", 4)
            w.line("entity.touch()", 3)
            w.line("results.append(\(a.name)ResponseDTO.from_entity(entity))", 3)
        } else {
            w.line("entities = await self.\(repo).get_many(ids)", 2)
            w.line("for entity in entities:", 2)
            w.line("entity.touch()", 3)
            w.line("results.append(\(a.name)ResponseDTO.from_entity(entity))", 3)
        }
        w.line("logger.info(\"\(verb.lowercased()) batch done\", extra={\"count\": len(results)})", 2)
        w.line("return results", 2)
    }
}
