/// Infrastructure layer: SQLAlchemy 2.0 models and repository implementations. Violation sites:
/// f-string SQL passed to `text()`, a repository without `_to_entity`, blocking sleep in `async def`.
extension ProjectGenerator {
    mutating func model(_ a: GeneratorAggregate) -> GeneratorWriter {
        var w = GeneratorWriter()
        w.line("\"\"\"SQLAlchemy model for the \(a.plural) table (RLS by business_id).\"\"\"")
        w.blank()
        w.line("from __future__ import annotations")
        w.blank()
        w.line("from datetime import datetime")
        w.line("from uuid import UUID, uuid4")
        w.blank()
        w.line("from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text")
        w.line("from sqlalchemy.dialects.postgresql import UUID as PGUUID")
        w.line("from sqlalchemy.orm import Mapped, mapped_column")
        w.blank()
        w.line("from app.infrastructure.database.base import Base, TimestampMixin")
        w.blank()
        w.blank()
        w.line("class \(a.name)Model(TimestampMixin, Base):")
        w.line("__tablename__ = \"\(a.plural)\"", 1)
        w.line("__table_args__ = (", 1)
        w.line("Index(\"ix_\(a.plural)_business_id\", \"business_id\"),", 2)
        for f in a.fields.prefix(3) {
            w.line("Index(\"ix_\(a.plural)_business_id_\(f.name)\", \"business_id\", \"\(f.name)\"),", 2)
        }
        w.line(")", 1)
        w.blank()
        w.line("id: Mapped[UUID] = mapped_column(PGUUID(as_uuid=True), primary_key=True, default=uuid4)", 1)
        w.line("business_id: Mapped[UUID] = mapped_column(", 1)
        w.line("PGUUID(as_uuid=True),", 2)
        w.line("ForeignKey(\"businesses.id\", ondelete=\"CASCADE\"),", 2)
        w.line("nullable=False,", 2)
        w.line(")", 1)
        for f in a.fields {
            w.line("\(f.name): Mapped[\(f.pythonType)] = mapped_column(", 1)
            w.line("\(f.sqlalchemyType),", 2)
            w.line("nullable=\(f.optional ? "True" : "False"),", 2)
            w.line("comment=\"\(f.name.replacingOccurrences(of: "_", with: " ")) of the \(a.human)\",", 2)
            w.line(")", 1)
        }
        w.blank()
        w.line("def __repr__(self) -> str:", 1)
        w.line("return f\"<\(a.name)Model id={self.id} business_id={self.business_id}>\"", 2)
        return w
    }

    mutating func repository(_ a: GeneratorAggregate, target: Int) -> GeneratorWriter {
        var body = GeneratorWriter(capacity: 16 * 1024)
        var needsTime = false
        let withoutToEntity = budget.plant([.missingToEntity], rng: &rng) != nil
        let toEntity = withoutToEntity ? "_as_domain" : "_to_entity"
        let model = "\(a.name)Model"
        body.blank()
        body.blank()
        body.line("class \(a.name)Repository(BaseRepository[\(a.name), \(model)], I\(a.name)Repository):")
        body.line("\"\"\"Async SQLAlchemy implementation; the session already carries the RLS context.\"\"\"", 1)
        body.blank()
        body.line("def __init__(self, session: AsyncSession) -> None:", 1)
        body.line("super().__init__(session, \(model))", 2)
        body.blank()
        body.line("def \(toEntity)(self, model: \(model)) -> \(a.name):", 1)
        body.line("return \(a.name)(", 2)
        body.line("id=model.id,", 3)
        body.line("business_id=model.business_id,", 3)
        for f in a.fields { body.line("\(f.name)=model.\(f.name),", 3) }
        body.line("created_at=model.created_at,", 3)
        body.line("updated_at=model.updated_at,", 3)
        body.line(")", 2)
        body.blank()
        body.line("def _to_model(self, entity: \(a.name)) -> \(model):", 1)
        body.line("return \(model)(", 2)
        body.line("id=entity.id,", 3)
        body.line("business_id=entity.business_id,", 3)
        for f in a.fields { body.line("\(f.name)=entity.\(f.name),", 3) }
        body.line(")", 2)
        body.blank()
        body.line("async def get_many(self, ids: list[UUID]) -> list[\(a.name)]:", 1)
        body.line("if not ids:", 2)
        body.line("return []", 3)
        body.line("result = await self.session.execute(select(\(model)).where(\(model).id.in_(ids)))", 2)
        body.line("return [self.\(toEntity)(m) for m in result.scalars().all()]", 2)
        var k = 0
        while body.lineCount < target - 12 {
            let q = a.query(k)
            let column = q.field.name
            body.blank()
            body.line("async def \(q.method)(self, value: \(q.valueType)\(q.extraParameters)) -> \(q.returnType):", 1)
            let usesText = q.verb == .countBy || q.verb == .existsWith || q.verb == .deleteBy
            let site = budget.plant(usesText ? [.fstringSQL, .blockingSleep] : [.blockingSleep], rng: &rng)
            if site == .blockingSleep {
                needsTime = true
                body.line("time.sleep(0.01)  # crude back-off against the connection pool", 2)
            }
            switch q.verb {
            case .getBy:
                body.line("stmt = select(\(model)).where(\(model).\(column) == value).limit(1)", 2)
                body.line("result = await self.session.execute(stmt)", 2)
                body.line("model = result.scalar_one_or_none()", 2)
                body.line("return self.\(toEntity)(model) if model is not None else None", 2)
            case .listBy:
                body.line("stmt = (", 2)
                body.line("select(\(model))", 3)
                body.line(".where(\(model).\(column) == value)", 3)
                body.line(".order_by(\(model).created_at.desc())", 3)
                body.line(".limit(limit)", 3)
                body.line(".offset(offset)", 3)
                body.line(")", 2)
                body.line("result = await self.session.execute(stmt)", 2)
                body.line("return [self.\(toEntity)(m) for m in result.scalars().all()]", 2)
            case .listRecentBy:
                body.line("stmt = select(\(model)).where(\(model).\(column) == value)", 2)
                body.line("if since is not None:", 2)
                body.line("stmt = stmt.where(\(model).created_at >= since)", 3)
                body.line("result = await self.session.execute(stmt.order_by(\(model).created_at.desc()))", 2)
                body.line("return [self.\(toEntity)(m) for m in result.scalars().all()]", 2)
            case .countBy, .existsWith, .deleteBy:
                let sql: String
                switch q.verb {
                case .countBy: sql = "SELECT count(*) FROM \(a.plural) WHERE \(column) = "
                case .existsWith: sql = "SELECT EXISTS (SELECT 1 FROM \(a.plural) WHERE \(column) = "
                default: sql = "DELETE FROM \(a.plural) WHERE \(column) = "
                }
                let close = q.verb == .existsWith ? ")" : ""
                if site == .fstringSQL {
                    body.line("result = await self.session.execute(", 2)
                    body.line("text(f\"\(sql)'{value}'\(close)\")", 3)
                    body.line(")", 2)
                } else {
                    body.line("result = await self.session.execute(", 2)
                    body.line("text(\"\(sql):value\(close)\"),", 3)
                    body.line("{\"value\": value},", 3)
                    body.line(")", 2)
                }
                switch q.verb {
                case .countBy: body.line("return int(result.scalar_one())", 2)
                case .existsWith: body.line("return bool(result.scalar_one())", 2)
                default: body.line("return result.rowcount or 0", 2)
                }
            }
            k += 1
        }
        var w = GeneratorWriter(capacity: body.text.utf8.count + 1024)
        w.line("\"\"\"\(a.name) repository backed by PostgreSQL.\"\"\"")
        w.blank()
        w.line("from __future__ import annotations")
        w.blank()
        if needsTime { w.line("import time") }
        w.line("from datetime import datetime")
        w.line("from uuid import UUID")
        w.blank()
        w.line("from sqlalchemy import select, text")
        w.line("from sqlalchemy.ext.asyncio import AsyncSession")
        w.blank()
        w.line("from app.domain.entities.\(a.snake) import \(a.name)")
        w.line("from app.domain.repositories.\(a.snake)_repository import I\(a.name)Repository")
        w.line("from app.infrastructure.database.models.\(a.snake) import \(model)")
        w.line("from app.infrastructure.repositories.base_repository import BaseRepository")
        w.append(body)
        return w
    }
}
