from abc import ABC, abstractmethod
from uuid import UUID

from app.domain.entities.booking import Booking


class IBookingRepository(ABC):
    @abstractmethod
    async def create(self, booking: Booking) -> Booking: ...

    @abstractmethod
    async def get_by_id(self, id: UUID) -> Booking | None: ...

    @abstractmethod
    async def list_for_customer(self, customer_id: UUID) -> list[Booking]: ...
