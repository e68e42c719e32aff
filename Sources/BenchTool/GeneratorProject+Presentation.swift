/// Presentation layer: Pydantic schemas and FastAPI routers. Violation sites: `Depends(get_raw_session)`
/// (bypasses the RLS context), blocking HTTP in `async def`, hard-coded secrets.
extension ProjectGenerator {
    mutating func schemas(_ a: GeneratorAggregate, target: Int) -> GeneratorWriter {
        var w = GeneratorWriter()
        w.line("\"\"\"Request and response schemas for /api/v1/\(a.plural.replacingOccurrences(of: "_", with: "-")).\"\"\"")
        w.blank()
        w.line("from __future__ import annotations")
        w.blank()
        w.line("from datetime import datetime")
        w.line("from uuid import UUID")
        w.blank()
        w.line("from pydantic import BaseModel, ConfigDict, Field, field_validator")
        w.blank()
        w.line("from app.application.dtos.\(a.snake)_dto import \(a.name)CreateDTO")
        w.blank()
        w.blank()
        w.line("class \(a.name)Create(BaseModel):")
        w.line("model_config = ConfigDict(extra=\"forbid\")", 1)
        w.blank()
        for f in a.fields {
            let constraint: String
            switch f.kind {
            case .string(let n): constraint = "Field(\(f.optional ? "default=None, " : "")max_length=\(n))"
            case .int: constraint = "Field(\(f.optional ? "default=None, " : "")ge=0)"
            default: constraint = f.optional ? "None" : ""
            }
            w.line("\(f.name): \(f.pythonType)\(constraint.isEmpty ? "" : " = " + constraint)", 1)
        }
        w.blank()
        w.line("def to_dto(self, business_id: UUID) -> \(a.name)CreateDTO:", 1)
        w.line("return \(a.name)CreateDTO(business_id=business_id, **self.model_dump())", 2)
        w.blank()
        w.blank()
        w.line("class \(a.name)Update(BaseModel):")
        w.line("model_config = ConfigDict(extra=\"forbid\")", 1)
        w.blank()
        for f in a.fields {
            w.line("\(f.name): \(f.pythonType.replacingOccurrences(of: " | None", with: "")) | None = None", 1)
        }
        w.blank()
        w.blank()
        w.line("class \(a.name)Read(BaseModel):")
        w.line("model_config = ConfigDict(from_attributes=True)", 1)
        w.blank()
        w.line("id: UUID", 1)
        w.line("business_id: UUID", 1)
        for f in a.fields { w.line("\(f.name): \(f.pythonType)", 1) }
        w.line("created_at: datetime", 1)
        w.line("updated_at: datetime", 1)
        var k = 0
        while w.lineCount < target - 8 {
            let f = a.fields[k % a.fields.count]
            let round = k / a.fields.count
            let schema = round % 2 == 0 ? "\(a.name)Create" : "\(a.name)Update"
            w.blank()
            w.blank()
            w.line("class \(schema)\(f.name.split(separator: "_").map { $0.capitalized }.joined())Check\(round)(\(schema)):")
            w.line("@field_validator(\"\(f.name)\")", 1)
            w.line("@classmethod", 1)
            w.line("def _check_\(f.name)(cls, value: \(f.pythonType.replacingOccurrences(of: " | None", with: "")) | None) -> \(f.pythonType.replacingOccurrences(of: " | None", with: "")) | None:", 1)
            switch f.kind {
            case .string, .text:
                w.line("if value is not None and not value.strip():", 2)
                w.line("raise ValueError(\"\(f.name) must not be blank\")", 3)
            case .int:
                w.line("if value is not None and value > 1_000_000:", 2)
                w.line("raise ValueError(\"\(f.name) is out of range\")", 3)
            default:
                w.line("if value is None:", 2)
                w.line("return value", 3)
            }
            w.line("return value", 2)
            k += 1
        }
        return w
    }

    mutating func router(_ a: GeneratorAggregate, target: Int) -> GeneratorWriter {
        var body = GeneratorWriter(capacity: 16 * 1024)
        var needsRaw = false
        var needsRequests = false
        let repoClass = "\(a.name)Repository"
        body.blank()
        body.line("router = APIRouter(prefix=\"/\(a.plural.replacingOccurrences(of: "_", with: "-"))\", tags=[\"\(a.plural)\"])")
        body.blank()
        body.blank()
        body.line("@router.post(\"\", response_model=\(a.name)Read, status_code=status.HTTP_201_CREATED)")
        body.line("async def create_\(a.snake)(")
        body.line("payload: \(a.name)Create,", 1)
        body.line("current_user: CurrentUser = Depends(get_current_user),", 1)
        body.line("session: AsyncSession = Depends(get_db_session),", 1)
        body.line(") -> \(a.name)Read:")
        body.line("use_case = Create\(a.name)UseCase(\(repoClass)(session))", 1)
        body.line("result = await use_case.execute(payload.to_dto(business_id=current_user.business_id))", 1)
        body.line("return \(a.name)Read.model_validate(result, from_attributes=True)", 1)
        var k = 0
        while body.lineCount < target - 30 {
            let q = a.query(k)
            let method = q.verb == .deleteBy ? "delete" : "get"
            let site = budget.plant([.rawSessionDependency, .rawSessionDependency, .blockingHTTP, .hardcodedSecret], rng: &rng)
            body.blank()
            body.blank()
            body.line("@router.\(method)(\"\(q.route)\")")
            body.line("async def \(q.method)_endpoint(")
            body.line("value: \(q.valueType),", 1)
            body.line("current_user: CurrentUser = Depends(get_current_user),", 1)
            if site == .rawSessionDependency {
                needsRaw = true
                body.line("session: AsyncSession = Depends(get_raw_session),", 1)
            } else {
                body.line("session: AsyncSession = Depends(get_db_session),", 1)
            }
            body.line(") -> object:")
            if site == .blockingHTTP {
                needsRequests = true
                body.line("flags = requests.get(\"https://flags.internal/api/\(a.plural)\", timeout=2).json()", 1)
                body.line("if not flags.get(\"enabled\", True):", 1)
                body.line("raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)", 2)
            } else if site == .hardcodedSecret {
                body.line("password = \"\(fakeSecret(prefix: "P@ss-"))\"", 1)
                body.line("logger.debug(\"partner lookup\", extra={\"has_password\": bool(password)})", 1)
            }
            body.line("result = await \(repoClass)(session).\(q.method)(value)", 1)
            switch q.verb {
            case .getBy:
                body.line("if result is None:", 1)
                body.line("raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=\"\(a.name) not found\")", 2)
                body.line("return \(a.name)Read.model_validate(result, from_attributes=True)", 1)
            case .listBy, .listRecentBy:
                body.line("return [\(a.name)Read.model_validate(item, from_attributes=True) for item in result]", 1)
            case .countBy:
                body.line("return {\"count\": result}", 1)
            case .existsWith:
                body.line("return {\"exists\": result}", 1)
            case .deleteBy:
                body.line("await session.commit()", 1)
                body.line("return {\"deleted\": result}", 1)
            }
            k += 1
        }
        var w = GeneratorWriter(capacity: body.text.utf8.count + 1024)
        w.line("\"\"\"HTTP endpoints for \(a.plural.replacingOccurrences(of: "_", with: " ")).\"\"\"")
        w.blank()
        w.line("from __future__ import annotations")
        w.blank()
        w.line("import logging")
        w.line("from datetime import datetime")
        w.line("from uuid import UUID")
        w.blank()
        if needsRequests { w.line("import requests") }
        w.line("from fastapi import APIRouter, Depends, HTTPException, status")
        w.line("from sqlalchemy.ext.asyncio import AsyncSession")
        w.blank()
        w.line("from app.application.use_cases.\(a.snake)_use_cases import Create\(a.name)UseCase")
        w.line("from app.infrastructure.repositories.\(a.snake)_repository import \(repoClass)")
        w.line("from app.presentation.api.v1.schemas.\(a.snake) import \(a.name)Create, \(a.name)Read")
        w.line("from app.presentation.dependencies.auth import CurrentUser, get_current_user")
        w.line("from app.presentation.dependencies.database import get_db_session\(needsRaw ? ", get_raw_session" : "")")
        w.blank()
        w.line("logger = logging.getLogger(__name__)")
        w.append(body)
        return w
    }
}
