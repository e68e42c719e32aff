from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.entities.booking import Booking
from app.domain.repositories.booking import IBookingRepository
from app.infrastructure.database.models.booking import BookingModel
from app.infrastructure.repositories.base_repository import BaseRepository


class BookingRepository(BaseRepository[Booking, BookingModel], IBookingRepository):
    def __init__(self, session: AsyncSession):
        super().__init__(session, BookingModel)

    def _to_entity(self, model: BookingModel) -> Booking:
        return Booking(
            id=model.id,
            business_id=model.business_id,
            customer_id=model.customer_id,
            start_time=model.start_time,
            end_time=model.end_time,
        )

    def _to_model(self, entity: Booking) -> BookingModel:
        return BookingModel(
            id=entity.id,
            business_id=entity.business_id,
            customer_id=entity.customer_id,
            start_time=entity.start_time,
            end_time=entity.end_time,
        )

    async def list_for_customer(self, customer_id: UUID) -> list[Booking]:
        # RLS already filters by business_id.
        result = await self.session.execute(select(BookingModel).where(BookingModel.customer_id == customer_id))
        return [self._to_entity(m) for m in result.scalars().all()]
