from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from sqlalchemy import ForeignKey, String, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class BookingModel(Base):
    __tablename__ = "bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(String(36), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"))
    created_at: Mapped[datetime] = mapped_column(default=lambda: datetime.now(timezone.utc))
    room: Mapped["RoomModel"] = relationship(back_populates="bookings", lazy="selectin")


class BookingRepository(BaseRepository[BookingModel, int]):
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def list_for_tenant(self, tenant_id: str, *, limit: int = 50) -> Sequence[BookingModel]:
        stmt = (
            select(BookingModel)
            .where(BookingModel.tenant_id == tenant_id)
            .order_by(BookingModel.created_at.desc())
            .limit(limit)
        )
        rows = (await self.session.execute(stmt)).scalars().all()
        for row in rows:
            await self.session.refresh(row)
        return rows

    async def count(self) -> int:
        return (await self.session.scalar(select(func.count()).select_from(BookingModel))) or 0
