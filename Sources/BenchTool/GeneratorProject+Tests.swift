/// pytest suites: unit tests of use cases with mocked ports, and API tests through httpx. Violation
/// site: an `async def test_...` without `@pytest.mark.asyncio`.
extension ProjectGenerator {
    mutating func useCaseTests(_ a: GeneratorAggregate, target: Int) -> GeneratorWriter {
        var w = GeneratorWriter(capacity: 16 * 1024)
        w.line("\"\"\"Unit tests for \(a.human) use cases, with the repository port mocked.\"\"\"")
        w.blank()
        w.line("from __future__ import annotations")
        w.blank()
        w.line("from datetime import datetime, timezone")
        w.line("from unittest.mock import AsyncMock")
        w.line("from uuid import uuid4")
        w.blank()
        w.line("import pytest")
        w.blank()
        w.line("from app.application.dtos.\(a.snake)_dto import \(a.name)CreateDTO")
        w.line("from app.application.use_cases import \(a.snake)_use_cases as use_cases")
        w.line("from app.domain.entities.\(a.snake) import \(a.name)")
        w.line("from app.domain.repositories.\(a.snake)_repository import I\(a.name)Repository")
        w.blank()
        w.blank()
        w.line("@pytest.fixture")
        w.line("def repo() -> AsyncMock:")
        w.line("return AsyncMock(spec=I\(a.name)Repository)", 1)
        w.blank()
        w.blank()
        w.line("@pytest.fixture")
        w.line("def sample() -> \(a.name):")
        w.line("return \(a.name)(", 1)
        w.line("business_id=uuid4(),", 2)
        for f in a.requiredFields { w.line("\(f.name)=\(sampleValue(f, a)),", 2) }
        w.line(")", 1)
        w.blank()
        w.blank()
        w.line("@pytest.mark.asyncio")
        w.line("async def test_create_\(a.snake)_persists_entity(repo: AsyncMock, sample: \(a.name)) -> None:")
        w.line("repo.create.return_value = sample", 1)
        w.line("dto = \(a.name)CreateDTO(", 1)
        w.line("business_id=sample.business_id,", 2)
        for f in a.requiredFields { w.line("\(f.name)=sample.\(f.name),", 2) }
        w.line(")", 1)
        w.line("result = await use_cases.Create\(a.name)UseCase(repo).execute(dto)", 1)
        w.line("assert result.id == sample.id", 1)
        w.line("repo.create.assert_awaited_once()", 1)
        var k = 0
        while w.lineCount < target - 10 {
            let q = a.query(k)
            w.blank()
            w.blank()
            if budget.plant([.asyncTestWithoutMarker], rng: &rng) == nil {
                w.line("@pytest.mark.asyncio")
            }
            w.line("async def test_\(q.method)_delegates_to_repository(repo: AsyncMock, sample: \(a.name)) -> None:")
            switch q.verb {
            case .getBy: w.line("getattr(repo, \"\(q.method)\").return_value = sample", 1)
            case .listBy, .listRecentBy: w.line("getattr(repo, \"\(q.method)\").return_value = [sample]", 1)
            case .countBy, .deleteBy: w.line("getattr(repo, \"\(q.method)\").return_value = 1", 1)
            case .existsWith: w.line("getattr(repo, \"\(q.method)\").return_value = True", 1)
            }
            w.line("use_case = getattr(use_cases, \"\(q.pascal)UseCase\", None)", 1)
            w.line("if use_case is None:", 1)
            w.line("pytest.skip(\"no use case for \(q.method)\")", 2)
            w.line("result = await use_case(repo).execute(sample.\(q.field.name))", 1)
            w.line("assert result is not None", 1)
            w.line("getattr(repo, \"\(q.method)\").assert_awaited_once_with(sample.\(q.field.name))", 1)
            k += 1
        }
        return w
    }

    mutating func apiTests(_ a: GeneratorAggregate, target: Int) -> GeneratorWriter {
        var w = GeneratorWriter(capacity: 16 * 1024)
        let url = "/api/v1/\(a.plural.replacingOccurrences(of: "_", with: "-"))"
        w.line("\"\"\"API tests for \(url), through the ASGI app with a tenant-scoped token.\"\"\"")
        w.blank()
        w.line("from __future__ import annotations")
        w.blank()
        w.line("from uuid import uuid4")
        w.blank()
        w.line("import pytest")
        w.line("from httpx import AsyncClient")
        w.blank()
        w.blank()
        w.line("@pytest.mark.asyncio")
        w.line("async def test_create_\(a.snake)_requires_auth(client: AsyncClient) -> None:")
        w.line("response = await client.post(\"\(url)\", json={})", 1)
        w.line("assert response.status_code == 401", 1)
        var k = 0
        while w.lineCount < target - 8 {
            let q = a.query(k)
            let path = q.route.replacingOccurrences(of: "{value}", with: q.urlSample)
            let method = q.verb == .deleteBy ? "delete" : "get"
            w.blank()
            w.blank()
            if budget.plant([.asyncTestWithoutMarker], rng: &rng) == nil {
                w.line("@pytest.mark.asyncio")
            }
            w.line("async def test_\(q.method)_is_tenant_scoped(client: AsyncClient, auth_headers: dict[str, str]) -> None:")
            w.line("response = await client.\(method)(f\"\(url)\(path)\", headers=auth_headers)", 1)
            w.line("assert response.status_code in (200, 404)", 1)
            w.line("if response.status_code == 200:", 1)
            w.line("assert \"business_id\" not in response.text or str(uuid4()) not in response.text", 2)
            k += 1
        }
        return w
    }

    private func sampleValue(_ f: GeneratorField, _ a: GeneratorAggregate) -> String {
        if f.name == "ends_at" && a.hasPeriod {
            return "datetime(2026, 1, 9, 13, 0, tzinfo=timezone.utc)"
        }
        return f.sample
    }
}
