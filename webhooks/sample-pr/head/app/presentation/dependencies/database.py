from collections.abc import AsyncIterator

from fastapi import Depends
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.infrastructure.database.session import session_factory
from app.presentation.dependencies.auth import CurrentUser, get_current_user


async def get_raw_session() -> AsyncIterator[AsyncSession]:
    """Session WITHOUT the RLS context: only for onboarding and migrations."""
    async with session_factory() as session:
        yield session


async def get_db_session(user: CurrentUser = Depends(get_current_user)) -> AsyncIterator[AsyncSession]:
    async with session_factory() as session:
        await session.execute(
            text("SELECT set_rls_context(:business_id, :user_id)"),
            {"business_id": str(user.business_id), "user_id": str(user.id)},
        )
        yield session
