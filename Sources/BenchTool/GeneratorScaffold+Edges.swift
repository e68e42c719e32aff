/// Python text of the scaffold's edges: FastAPI dependencies (the RLS-setting session and the raw
/// one), auth, middleware, Alembic environment and first migration, and the pytest conftest.
extension GeneratorScaffold {
    static let edges: [(String, String)] = [
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
