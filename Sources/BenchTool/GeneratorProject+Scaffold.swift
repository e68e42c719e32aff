/// The files every slice builds on: settings, database base and session, the generic repository,
/// FastAPI dependencies (the RLS-setting session and the raw one), middleware, app factory, conftest.
extension ProjectGenerator {
    static let packages = [
        "app", "app/core", "app/domain", "app/domain/entities", "app/domain/repositories", "app/application",
        "app/application/dtos", "app/application/use_cases", "app/infrastructure", "app/infrastructure/database",
        "app/infrastructure/database/models", "app/infrastructure/repositories", "app/presentation",
        "app/presentation/api", "app/presentation/api/v1", "app/presentation/api/v1/schemas",
        "app/presentation/dependencies", "app/presentation/middleware", "tests", "tests/unit",
        "tests/unit/application", "tests/integration", "tests/integration/api",
    ]

    mutating func scaffold() -> [(String, GeneratorWriter)] {
        var files: [(String, GeneratorWriter)] = []
        for package in Self.packages {
            var w = GeneratorWriter(capacity: 128)
            w.line("\"\"\"\(package.replacingOccurrences(of: "/", with: "."))\"\"\"")
            files.append(("\(package)/__init__.py", w))
        }
        budget.accrue(lines: 60)
        let secret = budget.plant([.hardcodedSecret], rng: &rng) != nil
            ? "\"\(fakeSecret(prefix: ""))\"" : "Field(default=..., repr=False)"
        files.append(("app/core/config.py", Self.text(Self.config.replacingOccurrences(of: "{SECRET}", with: secret))))
        for (path, text) in Self.staticFiles {
            files.append((path, Self.text(text)))
        }
        return files
    }

    static func text(_ body: String) -> GeneratorWriter {
        var w = GeneratorWriter(capacity: body.utf8.count + 16)
        for line in body.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            w.line(String(line))
        }
        return w
    }

    static let config = """
        \"\"\"Settings read from the environment (12-factor).\"\"\"

        from __future__ import annotations

        from functools import lru_cache

        from pydantic import Field
        from pydantic_settings import BaseSettings, SettingsConfigDict


        class Settings(BaseSettings):
            model_config = SettingsConfigDict(env_file=".env", extra="ignore")

            database_url: str = "postgresql+asyncpg://app@localhost:5432/app"
            redis_url: str = "redis://localhost:6379/0"
            jwt_algorithm: str = "HS256"
            jwt_secret: str = {SECRET}
            access_token_minutes: int = 30
            sql_echo: bool = False


        @lru_cache
        def get_settings() -> Settings:
            return Settings()

        """

    static let staticFiles: [(String, String)] = [
        ("app/main.py", """
            \"\"\"ASGI entry point: mounts every router found under app.presentation.api.v1.\"\"\"

            from __future__ import annotations

            import importlib
            import pkgutil

            from fastapi import FastAPI

            from app.presentation.api import v1
            from app.presentation.middleware.rls import RLSMiddleware


            def create_app() -> FastAPI:
                app = FastAPI(title="Multi-tenant bookings API", version="1.0.0")
                app.add_middleware(RLSMiddleware)
                for module_info in pkgutil.iter_modules(v1.__path__):
                    if module_info.name == "schemas":
                        continue
                    module = importlib.import_module(f"{v1.__name__}.{module_info.name}")
                    router = getattr(module, "router", None)
                    if router is not None:
                        app.include_router(router, prefix="/api/v1")
                return app


            app = create_app()

            """),
        ("app/infrastructure/database/base.py", """
            \"\"\"Declarative base and the timestamp columns every table has.\"\"\"

            from __future__ import annotations

            from datetime import datetime

            from sqlalchemy import DateTime, func
            from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


            class Base(DeclarativeBase):
                pass


            class TimestampMixin:
                created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
                updated_at: Mapped[datetime] = mapped_column(
                    DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
                )

            """),
        ("app/infrastructure/database/session.py", """
            \"\"\"Async engine and session factory (asyncpg).\"\"\"

            from __future__ import annotations

            from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

            from app.core.config import get_settings

            engine = create_async_engine(get_settings().database_url, pool_pre_ping=True, pool_size=10)
            AsyncSessionLocal = async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)

            """),
        ("app/infrastructure/repositories/base_repository.py", """
            \"\"\"Generic CRUD over one model; subclasses convert with _to_entity / _to_model.\"\"\"

            from __future__ import annotations

            from abc import abstractmethod
            from typing import Any, Generic, TypeVar
            from uuid import UUID

            from sqlalchemy import select
            from sqlalchemy.ext.asyncio import AsyncSession

            EntityT = TypeVar("EntityT")
            ModelT = TypeVar("ModelT")


            class BaseRepository(Generic[EntityT, ModelT]):
                def __init__(self, session: AsyncSession, model: type[ModelT]) -> None:
                    self.session = session
                    self.model = model

                @abstractmethod
                def _to_entity(self, model: ModelT) -> EntityT: ...

                @abstractmethod
                def _to_model(self, entity: EntityT) -> ModelT: ...

                async def create(self, entity: EntityT) -> EntityT:
                    model = self._to_model(entity)
                    self.session.add(model)
                    await self.session.flush()
                    await self.session.refresh(model)
                    return self._to_entity(model)

                async def get_by_id(self, entity_id: UUID) -> EntityT | None:
                    model = await self.session.get(self.model, entity_id)
                    return self._to_entity(model) if model is not None else None

                async def update(self, entity: EntityT) -> EntityT:
                    model = await self.session.merge(self._to_model(entity))
                    await self.session.flush()
                    return self._to_entity(model)

                async def delete(self, entity_id: UUID) -> bool:
                    model = await self.session.get(self.model, entity_id)
                    if model is None:
                        return False
                    await self.session.delete(model)
                    await self.session.flush()
                    return True

                async def list_page(self, limit: int = 50, offset: int = 0) -> list[EntityT]:
                    model: Any = self.model
                    result = await self.session.execute(select(model).limit(limit).offset(offset))
                    return [self._to_entity(m) for m in result.scalars().all()]

            """),
        ("app/presentation/dependencies/database.py", """
            \"\"\"Database sessions for endpoints. Authenticated endpoints use get_db_session, which sets
            the RLS context from the token; get_raw_session is for onboarding and migrations only.\"\"\"

            from __future__ import annotations

            from collections.abc import AsyncIterator

            from fastapi import Depends
            from sqlalchemy import text
            from sqlalchemy.ext.asyncio import AsyncSession

            from app.infrastructure.database.session import AsyncSessionLocal
            from app.presentation.dependencies.auth import CurrentUser, get_current_user


            async def get_raw_session() -> AsyncIterator[AsyncSession]:
                async with AsyncSessionLocal() as session:
                    yield session


            async def get_db_session(
                current_user: CurrentUser = Depends(get_current_user),
            ) -> AsyncIterator[AsyncSession]:
                async with AsyncSessionLocal() as session:
                    await session.execute(
                        text("SELECT set_rls_context(:business_id, :user_id)"),
                        {"business_id": str(current_user.business_id), "user_id": str(current_user.id)},
                    )
                    try:
                        yield session
                        await session.commit()
                    except Exception:
                        await session.rollback()
                        raise

            """),
        ("app/presentation/dependencies/auth.py", """
            \"\"\"JWT bearer authentication; the token carries the tenant (business_id).\"\"\"

            from __future__ import annotations

            from dataclasses import dataclass
            from uuid import UUID

            from fastapi import Depends, HTTPException, status
            from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
            from jose import JWTError, jwt

            from app.core.config import Settings, get_settings

            bearer = HTTPBearer(auto_error=False)


            @dataclass(frozen=True)
            class CurrentUser:
                id: UUID
                business_id: UUID
                role: str


            async def get_current_user(
                credentials: HTTPAuthorizationCredentials | None = Depends(bearer),
                settings: Settings = Depends(get_settings),
            ) -> CurrentUser:
                if credentials is None:
                    raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
                try:
                    claims = jwt.decode(credentials.credentials, settings.jwt_secret, algorithms=[settings.jwt_algorithm])
                except JWTError as error:
                    raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED) from error
                return CurrentUser(id=UUID(claims["sub"]), business_id=UUID(claims["bid"]), role=claims.get("role", "staff"))

            """),
        ("app/presentation/middleware/rls.py", """
            \"\"\"Rejects tenant routes whose token lacks a business id before any query runs.\"\"\"

            from __future__ import annotations

            from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
            from starlette.requests import Request
            from starlette.responses import JSONResponse, Response

            PUBLIC_PREFIXES = ("/health", "/docs", "/openapi.json", "/api/v1/onboarding")


            class RLSMiddleware(BaseHTTPMiddleware):
                async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
                    if request.url.path.startswith(PUBLIC_PREFIXES):
                        return await call_next(request)
                    if "authorization" not in request.headers:
                        return JSONResponse({"detail": "Not authenticated"}, status_code=401)
                    return await call_next(request)

            """),
        ("alembic/env.py", """
            \"\"\"Alembic environment: runs migrations online through the async engine.\"\"\"

            from __future__ import annotations

            import asyncio

            from alembic import context
            from sqlalchemy.ext.asyncio import create_async_engine

            from app.core.config import get_settings
            from app.infrastructure.database.base import Base

            target_metadata = Base.metadata


            def do_run_migrations(connection) -> None:  # type: ignore[no-untyped-def]
                context.configure(connection=connection, target_metadata=target_metadata)
                with context.begin_transaction():
                    context.run_migrations()


            async def run_migrations_online() -> None:
                engine = create_async_engine(get_settings().database_url)
                async with engine.connect() as connection:
                    await connection.run_sync(do_run_migrations)
                await engine.dispose()


            asyncio.run(run_migrations_online())

            """),
        ("alembic/versions/0001_create_businesses.py", """
            \"\"\"create businesses table and the RLS helper

            Revision ID: 0001
            Revises:
            Create Date: 2026-01-02 09:00:00.000000

            \"\"\"
            from __future__ import annotations

            import sqlalchemy as sa
            from alembic import op
            from sqlalchemy.dialects import postgresql

            revision: str = "0001"
            down_revision: str | None = None
            branch_labels = None
            depends_on = None


            def upgrade() -> None:
                op.create_table(
                    "businesses",
                    sa.Column("id", postgresql.UUID(as_uuid=True), primary_key=True),
                    sa.Column("name", sa.String(length=255), nullable=False),
                    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()")),
                )
                op.execute(
                    \"\"\"
                    CREATE FUNCTION set_rls_context(business_id uuid, user_id uuid) RETURNS void AS $$
                    BEGIN
                        PERFORM set_config('app.current_business_id', business_id::text, true);
                        PERFORM set_config('app.current_user_id', user_id::text, true);
                    END;
                    $$ LANGUAGE plpgsql
                    \"\"\"
                )


            def downgrade() -> None:
                op.execute("DROP FUNCTION IF EXISTS set_rls_context(uuid, uuid)")
                op.drop_table("businesses")

            """),
        ("tests/conftest.py", """
            \"\"\"Shared fixtures: the ASGI client and a token for a fresh tenant.\"\"\"

            from __future__ import annotations

            from collections.abc import AsyncIterator
            from uuid import uuid4

            import pytest
            import pytest_asyncio
            from httpx import ASGITransport, AsyncClient
            from jose import jwt

            from app.core.config import get_settings
            from app.main import app


            @pytest_asyncio.fixture
            async def client() -> AsyncIterator[AsyncClient]:
                async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
                    yield c


            @pytest.fixture
            def auth_headers() -> dict[str, str]:
                settings = get_settings()
                claims = {"sub": str(uuid4()), "bid": str(uuid4()), "role": "owner"}
                token = jwt.encode(claims, settings.jwt_secret, algorithm=settings.jwt_algorithm)
                return {"Authorization": f"Bearer {token}"}

            """),
    ]
}
