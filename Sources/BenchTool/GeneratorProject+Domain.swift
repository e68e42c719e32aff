/// Domain layer: entities with invariants and repository ports. Violation site: an import of
/// infrastructure (the checklist's first Clean Architecture item).
extension ProjectGenerator {
    mutating func entity(_ a: GeneratorAggregate, target: Int) -> GeneratorWriter {
        var w = GeneratorWriter()
        w.line("\"\"\"\(a.name) entity: the \(a.human) aggregate of one tenant (business).\"\"\"")
        w.blank()
        w.line("from __future__ import annotations")
        w.blank()
        w.line("from dataclasses import dataclass, field")
        w.line("from datetime import datetime, timezone")
        w.line("from uuid import UUID, uuid4")
        if budget.plant([.domainImportsInfrastructure], rng: &rng) != nil {
            w.blank()
            w.line("from app.infrastructure.database.models.\(a.snake) import \(a.name)Model")
        }
        w.blank()
        w.blank()
        w.line("class \(a.name)Error(ValueError):")
        w.line("\"\"\"Raised when a \(a.human) would break one of its invariants.\"\"\"", 1)
        w.blank()
        w.blank()
        w.line("def _utcnow() -> datetime:")
        w.line("return datetime.now(timezone.utc)", 1)
        w.blank()
        w.blank()
        w.line("@dataclass")
        w.line("class \(a.name):")
        w.line("\"\"\"A \(a.human) owned by exactly one business; RLS scopes every query to it.\"\"\"", 1)
        w.blank()
        w.line("business_id: UUID", 1)
        for f in a.requiredFields {
            w.line("\(f.name): \(f.pythonType)", 1)
        }
        w.line("id: UUID = field(default_factory=uuid4)", 1)
        for f in a.fields where f.optional {
            w.line("\(f.name): \(f.pythonType) = None", 1)
        }
        w.line("created_at: datetime = field(default_factory=_utcnow)", 1)
        w.line("updated_at: datetime = field(default_factory=_utcnow)", 1)
        w.blank()
        w.line("def __post_init__(self) -> None:", 1)
        for f in a.fields {
            invariant(f, a, &w, level: 2)
        }
        if a.hasPeriod {
            w.line("if self.ends_at <= self.starts_at:", 2)
            w.line("raise \(a.name)Error(\"ends_at must be after starts_at\")", 3)
        }
        w.line("if self.updated_at < self.created_at:", 2)
        w.line("raise \(a.name)Error(\"updated_at must not precede created_at\")", 3)
        w.blank()
        w.line("def touch(self) -> None:", 1)
        w.line("self.updated_at = _utcnow()", 2)
        w.blank()
        w.line("def belongs_to(self, business_id: UUID) -> bool:", 1)
        w.line("return self.business_id == business_id", 2)
        var k = 0
        while w.lineCount < target - 2 {
            entityMethod(a, k, &w)
            k += 1
        }
        return w
    }

    private func invariant(_ f: GeneratorField, _ a: GeneratorAggregate, _ w: inout GeneratorWriter, level: Int) {
        let guardPrefix = f.optional ? "self.\(f.name) is not None and " : ""
        switch f.kind {
        case .string, .text:
            w.line("if \(guardPrefix)not self.\(f.name).strip():", level)
            w.line("raise \(a.name)Error(\"\(f.name) must not be blank\")", level + 1)
        case .int:
            w.line("if \(guardPrefix)self.\(f.name) < 0:", level)
            w.line("raise \(a.name)Error(\"\(f.name) must not be negative\")", level + 1)
        case .datetime:
            w.line("if \(guardPrefix)self.\(f.name).tzinfo is None:", level)
            w.line("raise \(a.name)Error(\"\(f.name) must be timezone-aware\")", level + 1)
        case .bool, .uuid:
            break
        }
    }

    private func entityMethod(_ a: GeneratorAggregate, _ k: Int, _ w: inout GeneratorWriter) {
        let f = a.fields[k % a.fields.count]
        let round = k / a.fields.count
        let suffix = round < 3 ? "" : "_\(round)"
        let type = f.pythonType
        w.blank()
        switch round % 3 {
        case 0:
            w.line("def change_\(f.name)\(suffix)(self, value: \(type)) -> None:", 1)
            w.line("\"\"\"Set \(f.name), keeping the invariants and the audit timestamp.\"\"\"", 2)
            w.line("previous = self.\(f.name)", 2)
            w.line("self.\(f.name) = value", 2)
            w.line("try:", 2)
            w.line("self.__post_init__()", 3)
            w.line("except \(a.name)Error:", 2)
            w.line("self.\(f.name) = previous", 3)
            w.line("raise", 3)
            w.line("self.touch()", 2)
        case 1:
            w.line("def has_same_\(f.name)\(suffix)(self, other: \(a.name)) -> bool:", 1)
            w.line("if not other.belongs_to(self.business_id):", 2)
            w.line("return False", 3)
            w.line("return self.\(f.name) == other.\(f.name)", 2)
        default:
            w.line("def describe_\(f.name)\(suffix)(self) -> str:", 1)
            w.line("value = self.\(f.name)", 2)
            w.line("if value is None:", 2)
            w.line("return \"\(f.name): (unset)\"", 3)
            w.line("return f\"\(f.name): {value}\"", 2)
        }
    }

    mutating func repositoryPort(_ a: GeneratorAggregate, target: Int) -> GeneratorWriter {
        var w = GeneratorWriter()
        w.line("\"\"\"Port for \(a.human) persistence; the infrastructure layer implements it.\"\"\"")
        w.blank()
        w.line("from __future__ import annotations")
        w.blank()
        w.line("from abc import ABC, abstractmethod")
        w.line("from datetime import datetime")
        w.line("from uuid import UUID")
        w.blank()
        w.line("from app.domain.entities.\(a.snake) import \(a.name)")
        if budget.plant([.domainImportsInfrastructure], rng: &rng) != nil {
            w.line("from app.infrastructure.database.session import AsyncSessionLocal")
        }
        w.blank()
        w.blank()
        w.line("class I\(a.name)Repository(ABC):")
        w.line("\"\"\"Every method runs inside the caller's RLS context: no business_id filters here.\"\"\"", 1)
        let base: [(String, String, String)] = [
            ("create", "entity: \(a.name)", a.name),
            ("get_by_id", "entity_id: UUID", "\(a.name) | None"),
            ("get_many", "ids: list[UUID]", "list[\(a.name)]"),
            ("update", "entity: \(a.name)", a.name),
            ("delete", "entity_id: UUID", "bool"),
            ("list_page", "limit: int = 50, offset: int = 0", "list[\(a.name)]"),
        ]
        for (name, params, result) in base {
            abstractMethod(name, params, result, &w)
        }
        var k = 0
        while w.lineCount < target - 4 {
            let q = a.query(k)
            abstractMethod(q.method, "value: \(q.valueType)\(q.extraParameters)", q.returnType, &w)
            k += 1
        }
        return w
    }

    private func abstractMethod(_ name: String, _ params: String, _ result: String, _ w: inout GeneratorWriter) {
        w.blank()
        w.line("@abstractmethod", 1)
        w.line("async def \(name)(self, \(params)) -> \(result):", 1)
        w.line("\"\"\"\(name.replacingOccurrences(of: "_", with: " ").capitalized) within the current tenant.\"\"\"", 2)
        w.line("...", 2)
    }
}
