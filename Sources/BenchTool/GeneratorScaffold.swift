/// Python text of the scaffold's core: settings, app factory, database base and session, and the
/// generic repository every slice's repository extends.
enum GeneratorScaffold {
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

    static let core: [(String, String)] = [
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
    ]
}
